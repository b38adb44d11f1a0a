package org.huquq.people.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PersonMergeRepository extends JpaRepository<PersonMerge, UUID> {

    Optional<PersonMerge> findByIdAndInstitutionId(UUID id, UUID institutionId);

    Optional<PersonMerge> findFirstByMergedIdAndUndoneAtIsNullOrderByMergedAtDesc(UUID mergedId);
}
