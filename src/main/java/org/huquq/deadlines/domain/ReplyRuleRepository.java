package org.huquq.deadlines.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReplyRuleRepository extends JpaRepository<ReplyRule, UUID> {

    Optional<ReplyRule> findByCode(String code);

    boolean existsByCode(String code);

    /** The rules of a country marked as the rule its offices answer received letters under (one, or none). */
    List<ReplyRule> findByCountryCodeAndDefaultForReceivedTrue(String countryCode);

    /** Every rule, by country and code: a few dozen rows of reference data, like a vocabulary. */
    List<ReplyRule> findAllByOrderByCountryCodeAscCodeAsc();

    /** The codes and names of these rules (the audit trail names them). */
    @Query("""
            select new org.huquq.deadlines.domain.ReplyRuleName(r.id, r.code, r.nameEn, r.nameRu, r.nameTg)
            from ReplyRule r where r.id in :ids
            """)
    List<ReplyRuleName> findNames(Collection<UUID> ids);
}
