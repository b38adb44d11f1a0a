package org.huquq.detention.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.huquq.detention.RequestStatus;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.ProtectedReference;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface DetaineeRequestRepository extends JpaRepository<DetaineeRequest, UUID> {

    Optional<DetaineeRequest> findByIdAndInstitutionId(UUID id, UUID institutionId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from DetaineeRequest r where r.id = :id and r.institutionId = :institutionId")
    Optional<DetaineeRequest> findForUpdate(UUID id, UUID institutionId);

    List<DetaineeRequest> findByPersonId(UUID personId);

    List<DetaineeRequest> findByRecordedPersonId(UUID recordedPersonId);

    /** The requests a user may read (see AccessPolicy.ReadScope), filtered; shared by the page and its count. */
    String READABLE = """
            from DetaineeRequest r
            where r.institutionId = :institutionId
              and (r.confidentiality in :openLevels
                   or (r.confidentiality = :confidential and (:allConfidential = true or r.teamId in :teams))
                   or (r.confidentiality = :strict and (:allStrict = true or r.teamId in :teams)))
              and (:kind is null or r.kind = :kind)
              and (:status is null or r.status = :status)
              and (:onlyOpen = false or r.status not in :finalStatuses)
              and (:personId is null or r.personId = :personId)
              and (:sourceId is null or r.sourceId = :sourceId)
            """;

    /** A keyset page of readable requests, the most recently asked first, then by id. */
    @Query("select r " + READABLE + """
              and r.askedOn <= :afterOn
              and (:first = true or r.askedOn < :afterOn or (r.askedOn = :afterOn and r.id < :afterId))
            order by r.institutionId desc, r.askedOn desc, r.id desc
            """)
    List<DetaineeRequest> findReadable(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, String kind, RequestStatus status, boolean onlyOpen,
            Collection<RequestStatus> finalStatuses, UUID personId, UUID sourceId, boolean first, LocalDate afterOn,
            UUID afterId, Pageable limit);

    /** The ids of the readable requests, up to the limit given: the list's count, bounded. */
    @Query("select r.id " + READABLE)
    List<UUID> findReadableIds(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, String kind, RequestStatus status, boolean onlyOpen,
            Collection<RequestStatus> finalStatuses, UUID personId, UUID sourceId, Pageable limit);

    @Query("""
            select new org.huquq.shared.ProtectedReference(r.id, r.reference, r.institutionId, r.confidentiality,
                r.teamId)
            from DetaineeRequest r where r.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
