package org.huquq.people.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByIdAndInstitutionId(UUID id, UUID institutionId);

    /** Persons not merged into another, by id after {@code after}: a keyset page over the whole registry. */
    @Query("select p from Person p where p.institutionId = :institutionId and p.mergedInto is null and p.id > :after order by p.id")
    List<Person> findActiveAfter(UUID institutionId, UUID after, Pageable page);

    @Query(value = "select nextval('person_reference_seq')", nativeQuery = true)
    long nextReferenceNumber();
}
