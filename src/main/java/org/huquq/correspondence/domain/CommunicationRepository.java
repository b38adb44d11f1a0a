package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;


import org.huquq.correspondence.CommunicationSummary;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.ProtectedReference;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommunicationRepository extends JpaRepository<Communication, UUID> {

    Optional<Communication> findByIdAndInstitutionId(UUID id, UUID institutionId);

    /**
     * A keyset page of the calls and meetings a user may read (see AccessPolicy.ReadScope), filtered, newest first,
     * each with its counterpart's reference and names: by day, time of day and id, the first page when
     * {@code first}, else those after the cursor ({@code afterOn}, {@code afterTime} when {@code afterTimed},
     * {@code afterId}). A call without a time of day sorts as the latest of its day, as PostgreSQL orders nulls and
     * as the embedded H2 is told to ({@code DEFAULT_NULL_ORDERING=HIGH}); so the whole order is the reverse of
     * {@code ix_communication_institution_occurred}, which the database reads backwards from the cursor. Null
     * filters do not filter; every parameter of the order is given, as PostgreSQL cannot type a null date or time.
     * The caller ends the period ({@code to}) at the cursor's day, where the database seeks. Not counted.
     */
    @Query("""
            select new org.huquq.correspondence.CommunicationSummary(c.id, c.reference, c.kind, c.occurredOn,
                c.occurredTime, c.subject, c.confidentiality, cp.id, cp.reference, cp.nameEn, cp.nameRu, cp.nameTg,
                cp.nameNative)
            from Communication c join Counterpart cp on cp.id = c.counterpartId
            where c.institutionId = :institutionId
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and (:counterpartId is null or c.counterpartId = :counterpartId)
              and (:kind is null or c.kind = :kind)
              and c.occurredOn between :from and :to
              and (:first = true or c.occurredOn < :afterOn
                   or (c.occurredOn = :afterOn
                       and ((:afterTimed = true and (c.occurredTime < :afterTime
                                or (c.occurredTime = :afterTime and c.id < :afterId)))
                            or (:afterTimed = false and (c.occurredTime is not null or c.id < :afterId)))))
            order by c.institutionId desc, c.occurredOn desc, c.occurredTime desc, c.id desc
            """)
    List<CommunicationSummary> findReadable(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, UUID counterpartId, String kind, LocalDate from, LocalDate to, boolean first,
            LocalDate afterOn, boolean afterTimed, LocalTime afterTime, UUID afterId, Pageable limit);

    /** The calls and meetings a user may read that concern a person, newest first. */
    @Query("""
            select new org.huquq.correspondence.CommunicationSummary(c.id, c.reference, c.kind, c.occurredOn,
                c.occurredTime, c.subject, c.confidentiality, cp.id, cp.reference, cp.nameEn, cp.nameRu, cp.nameTg,
                cp.nameNative)
            from Communication c join Counterpart cp on cp.id = c.counterpartId join c.links.personIds person
            where c.institutionId = :institutionId
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and person = :personId
            order by c.occurredOn desc, c.occurredTime desc, c.id desc
            """)
    List<CommunicationSummary> findReadableConcerningPerson(UUID institutionId,
            Collection<Confidentiality> openLevels, Confidentiality confidential, boolean allConfidential,
            Confidentiality strict, boolean allStrict, Collection<UUID> teams, UUID personId, Pageable page);

    /** The calls and meetings a user may read that concern a place, newest first. */
    @Query("""
            select new org.huquq.correspondence.CommunicationSummary(c.id, c.reference, c.kind, c.occurredOn,
                c.occurredTime, c.subject, c.confidentiality, cp.id, cp.reference, cp.nameEn, cp.nameRu, cp.nameTg,
                cp.nameNative)
            from Communication c join Counterpart cp on cp.id = c.counterpartId join c.links.placeIds place
            where c.institutionId = :institutionId
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and place = :placeId
            order by c.occurredOn desc, c.occurredTime desc, c.id desc
            """)
    List<CommunicationSummary> findReadableConcerningPlace(UUID institutionId,
            Collection<Confidentiality> openLevels, Confidentiality confidential, boolean allConfidential,
            Confidentiality strict, boolean allStrict, Collection<UUID> teams, UUID placeId, Pageable page);

    /**
     * The calls and meetings a user may read whose reference or subject holds the text ({@code pattern} is a lower
     * case LIKE pattern), newest first.
     */
    @Query("""
            select new org.huquq.correspondence.CommunicationSummary(c.id, c.reference, c.kind, c.occurredOn,
                c.occurredTime, c.subject, c.confidentiality, cp.id, cp.reference, cp.nameEn, cp.nameRu, cp.nameTg,
                cp.nameNative)
            from Communication c join Counterpart cp on cp.id = c.counterpartId
            where c.institutionId = :institutionId
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and (lower(c.reference) like :pattern or lower(c.subject) like :pattern)
            order by c.occurredOn desc, c.occurredTime desc, c.id desc
            """)
    Slice<CommunicationSummary> findReadableMatching(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, String pattern, Pageable page);

    /** The references of these calls and meetings, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.shared.ProtectedReference(r.id, r.reference, r.institutionId, r.confidentiality,
                r.teamId)
            from Communication r where r.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
