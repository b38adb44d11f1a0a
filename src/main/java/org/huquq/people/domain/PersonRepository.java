package org.huquq.people.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByIdAndInstitutionId(UUID id, UUID institutionId);

    @Query(value = "select nextval('person_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
