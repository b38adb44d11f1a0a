package org.huquq.people.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.huquq.shared.ProtectedReference;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByIdAndInstitutionId(UUID id, UUID institutionId);

    Optional<Person> findByReferenceAndInstitutionId(String reference, UUID institutionId);

    /** Duplicate detection: ids and birth dates of the persons not merged into another, a keyset page by id. */
    @Query("select new org.huquq.people.domain.ProfileRows$PersonRow(p.id, p.birthDate) from Person p"
            + " where p.institutionId = :institutionId and p.mergedInto is null and p.id > :after"
            + " order by p.institutionId, p.id")
    List<ProfileRows.PersonRow> findProfileRowsAfter(UUID institutionId, UUID after, Pageable page);

    /** Duplicate detection: the names of the persons of a page ({@code after} < id <= {@code last}), oldest first. */
    @Query("select new org.huquq.people.domain.ProfileRows$NameRow(p.id, n.familyName, n.givenName, n.patronymic,"
            + " n.fullForm) from PersonName n join n.person p where p.institutionId = :institutionId"
            + " and p.mergedInto is null and p.id > :after and p.id <= :last order by n.recordedAt")
    List<ProfileRows.NameRow> findProfileNames(UUID institutionId, UUID after, UUID last);

    /** Duplicate detection: the normalised document numbers of the persons of a page. */
    @Query("select new org.huquq.people.domain.ProfileRows$ValueRow(p.id, d.numberNormalized) from IdentityDocument d"
            + " join d.person p where p.institutionId = :institutionId and p.mergedInto is null and p.id > :after"
            + " and p.id <= :last")
    List<ProfileRows.ValueRow> findProfileDocuments(UUID institutionId, UUID after, UUID last);

    /** Duplicate detection: the names of the family contacts of the persons of a page. */
    @Query("select new org.huquq.people.domain.ProfileRows$ValueRow(p.id, c.name) from FamilyContact c"
            + " join c.person p where p.institutionId = :institutionId and p.mergedInto is null and p.id > :after"
            + " and p.id <= :last")
    List<ProfileRows.ValueRow> findProfileContacts(UUID institutionId, UUID after, UUID last);

    /** Duplicate detection: the nationalities of the persons of a page. */
    @Query("select new org.huquq.people.domain.ProfileRows$ValueRow(p.id, nationality) from Person p"
            + " join p.nationalities nationality where p.institutionId = :institutionId and p.mergedInto is null"
            + " and p.id > :after and p.id <= :last")
    List<ProfileRows.ValueRow> findProfileNationalities(UUID institutionId, UUID after, UUID last);

    /** The references of these persons, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.shared.ProtectedReference(r.id, r.reference, r.institutionId, r.confidentiality,
                r.teamId)
            from Person r where r.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
