package org.huquq.shared.domain;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TermWithdrawalRepository extends JpaRepository<TermWithdrawal, UUID> {

    @Query("select w.termId from TermWithdrawal w where w.institutionId = :institution")
    Set<UUID> findTermIds(@Param("institution") UUID institutionId);

    Optional<TermWithdrawal> findByTermIdAndInstitutionId(UUID termId, UUID institutionId);
}
