package org.huquq.deadlines.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReplyRuleRepository extends JpaRepository<ReplyRule, UUID> {

    Optional<ReplyRule> findByCode(String code);

    boolean existsByCode(String code);

    /** Every rule, by country and code: a few dozen rows of reference data, like a vocabulary. */
    List<ReplyRule> findAllByOrderByCountryCodeAscCodeAsc();
}
