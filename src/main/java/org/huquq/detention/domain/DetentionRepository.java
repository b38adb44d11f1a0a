package org.huquq.detention.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.huquq.people.Sex;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.ProtectedReference;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DetentionRepository extends JpaRepository<Detention, UUID> {

    Optional<Detention> findByIdAndInstitutionId(UUID id, UUID institutionId);

    boolean existsByInstitutionId(UUID institutionId);

    /** The record, its row locked until the transaction ends, so that two changes of one record queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Detention d where d.id = :id and d.institutionId = :institutionId")
    Optional<Detention> findForUpdate(UUID id, UUID institutionId);

    /** Every record of a person, the latest begun first. */
    @Query("select d from Detention d where d.personId = :personId order by d.detainedFrom desc, d.id desc")
    List<Detention> findByPerson(UUID personId);

    /** The records made for a person, wherever a merge has since moved them. */
    List<Detention> findByRecordedPersonId(UUID recordedPersonId);

    List<Detention> findByPlaceId(UUID placeId);

    /**
     * The records of a registry view a user may read (see AccessPolicy.ReadScope), filtered; null filters do not
     * filter. {@code onlyCurrent}, {@code abroad}, {@code atHome} and {@code vulnerable} select the view
     * (RegistryView; the records to review have a query of their own, {@link #REVIEW}). Shared by the page and its
     * count.
     */
    String VIEW = """
            from Detention d
            where d.institutionId = :institutionId
              and (:onlyCurrent = false or d.current = true)
              and (:abroad = false or (d.ourNational = true and d.heldAbroad = true))
              and (:atHome = false or d.heldAbroad = false)
              and (:vulnerable = false or d.personVulnerabilities <> '' or d.personSex = :female
                   or d.personBornEarliest > :childBornAfter or d.personBornLatest <= :elderlyBornBy)
              and (d.confidentiality in :openLevels
                   or (d.confidentiality = :confidential and (:allConfidential = true or d.teamId in :teams))
                   or (d.confidentiality = :strict and (:allStrict = true or d.teamId in :teams)))
              and (:country is null or d.placeCountry = :country)
              and (:placeId is null or d.placeId = :placeId)
              and (:nationality is null or d.personNationalities like :nationality)
              and (:legalStatus is null or d.legalStatus = :legalStatus)
              and (:personId is null or d.personId = :personId)
            """;

    /**
     * A keyset page of a view, the most recently detained first, then by id: the first page when {@code first} (the
     * caller gives a day after every record's as {@code afterOn}), else those after {@code afterOn} and
     * {@code afterId}. The range up to {@code afterOn} lets the database seek there in
     * {@code ix_detention_current_from_id}.
     */
    @Query("select d " + VIEW + """
              and d.detainedFrom <= :afterOn
              and (:first = true or d.detainedFrom < :afterOn or (d.detainedFrom = :afterOn and d.id < :afterId))
            order by d.institutionId desc, d.detainedFrom desc, d.id desc
            """)
    List<Detention> findView(UUID institutionId, boolean onlyCurrent, boolean abroad, boolean atHome,
            boolean vulnerable, Sex female, LocalDate childBornAfter, LocalDate elderlyBornBy,
            Collection<Confidentiality> openLevels, Confidentiality confidential,
            boolean allConfidential, Confidentiality strict, boolean allStrict, Collection<UUID> teams, String country,
            UUID placeId, String nationality, String legalStatus, UUID personId, boolean first, LocalDate afterOn,
            UUID afterId, Pageable limit);

    /** The ids of a view's records, up to the limit given: its count, bounded. */
    @Query("select d.id " + VIEW)
    List<UUID> findViewIds(UUID institutionId, boolean onlyCurrent, boolean abroad, boolean atHome,
            boolean vulnerable, Sex female, LocalDate childBornAfter, LocalDate elderlyBornBy,
            Collection<Confidentiality> openLevels, Confidentiality confidential,
            boolean allConfidential, Confidentiality strict, boolean allStrict, Collection<UUID> teams, String country,
            UUID placeId, String nationality, String legalStatus, UUID personId, Pageable limit);

    /**
     * The open records whose release day passed before {@code today} that a user may read, filtered as {@link #VIEW}
     * filters: the registry's "to review" view. Shared by the page and its count.
     */
    String REVIEW = """
            from Detention d
            where d.institutionId = :institutionId
              and d.releaseOn < :today and d.detainedTo is null
              and (d.confidentiality in :openLevels
                   or (d.confidentiality = :confidential and (:allConfidential = true or d.teamId in :teams))
                   or (d.confidentiality = :strict and (:allStrict = true or d.teamId in :teams)))
              and (:country is null or d.placeCountry = :country)
              and (:placeId is null or d.placeId = :placeId)
              and (:nationality is null or d.personNationalities like :nationality)
              and (:legalStatus is null or d.legalStatus = :legalStatus)
              and (:personId is null or d.personId = :personId)
            """;

    /**
     * A keyset page of the records to review, the longest past their release day first, then by id: the first page
     * when {@code first}, else those after {@code afterOn} and {@code afterId}, where the database seeks in
     * {@code ix_detention_release_id} (the caller gives the cursor's day, or the earliest day, as {@code afterOn}).
     */
    @Query("select d " + REVIEW + """
              and d.releaseOn >= :afterOn
              and (:first = true or d.releaseOn > :afterOn or (d.releaseOn = :afterOn and d.id > :afterId))
            order by d.institutionId, d.releaseOn, d.id
            """)
    List<Detention> findReview(UUID institutionId, LocalDate today, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, String country, UUID placeId, String nationality, String legalStatus,
            UUID personId, boolean first, LocalDate afterOn, UUID afterId, Pageable limit);

    /** The ids of the records to review, up to the limit given: the view's count, bounded. */
    @Query("select d.id " + REVIEW)
    List<UUID> findReviewIds(UUID institutionId, LocalDate today, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, String country, UUID placeId, String nationality, String legalStatus,
            UUID personId, Pageable limit);

    /** How many current records of a place a user may read, by legal status. */
    @Query("""
            select d.legalStatus, count(d) from Detention d
            where d.institutionId = :institutionId and d.placeId = :placeId and d.current = true
              and (d.confidentiality in :openLevels
                   or (d.confidentiality = :confidential and (:allConfidential = true or d.teamId in :teams))
                   or (d.confidentiality = :strict and (:allStrict = true or d.teamId in :teams)))
            group by d.legalStatus
            """)
    List<Object[]> countCurrentAtPlace(UUID institutionId, UUID placeId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams);

    /** The references of these records, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.shared.ProtectedReference(d.id, d.reference, d.institutionId, d.confidentiality,
                d.teamId)
            from Detention d where d.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
