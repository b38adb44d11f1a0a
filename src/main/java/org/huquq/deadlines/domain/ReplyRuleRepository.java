package org.huquq.deadlines.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReplyRuleRepository extends JpaRepository<ReplyRule, UUID> {

    /**
     * The shared rules and the institution's own rows (none when {@code institutionId} is null), by country and code:
     * a few dozen rows of reference data, like a vocabulary.
     */
    @Query("""
            select r from ReplyRule r where r.institutionId is null or r.institutionId = :institutionId
            order by r.countryCode, r.code
            """)
    List<ReplyRule> findVisible(UUID institutionId);

    /** The shared rule of this code and the institution's own row of it: none, one or both. */
    @Query("""
            select r from ReplyRule r
            where r.code = :code and (r.institutionId is null or r.institutionId = :institutionId)
            """)
    List<ReplyRule> findVisible(String code, UUID institutionId);

    /** The codes and names of these rules that are shared or the institution's (the audit trail names them). */
    @Query("""
            select new org.huquq.deadlines.domain.ReplyRuleName(r.id, r.code, r.nameEn, r.nameRu, r.nameTg)
            from ReplyRule r where r.id in :ids and (r.institutionId is null or r.institutionId = :institutionId)
            """)
    List<ReplyRuleName> findNames(Collection<UUID> ids, UUID institutionId);
}
