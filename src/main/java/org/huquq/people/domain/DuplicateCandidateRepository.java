package org.huquq.people.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface DuplicateCandidateRepository extends JpaRepository<DuplicateCandidate, UUID> {

    List<DuplicateCandidate> findByInstitutionIdOrderByScoreDescIdAsc(UUID institutionId, Pageable page);

    @Modifying
    @Query("delete from DuplicateCandidate c where c.institutionId = :institutionId")
    void deleteByInstitution(UUID institutionId);

    @Modifying
    @Query("delete from DuplicateCandidate c where c.personA = :person or c.personB = :person")
    void deleteInvolving(UUID person);
}
