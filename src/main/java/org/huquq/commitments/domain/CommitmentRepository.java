package org.huquq.commitments.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.huquq.commitments.CommitmentStatus;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.ProtectedReference;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentRepository extends JpaRepository<Commitment, UUID> {

    Optional<Commitment> findByIdAndInstitutionId(UUID id, UUID institutionId);

    /**
     * The commitment, its row locked until the transaction ends: changes and follow-ups of one commitment happen one
     * after the other, so the second of two based on the same version sees the new version and is refused.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Commitment c where c.id = :id and c.institutionId = :institutionId")
    Optional<Commitment> findForUpdate(UUID id, UUID institutionId);

    boolean existsByInstitutionId(UUID institutionId);

    /**
     * The commitments a user may read (see AccessPolicy.ReadScope), filtered; null filters do not filter. Newest
     * first.
     */
    @Query("""
            select c from Commitment c
            where c.institutionId = :institutionId
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and (:madeBy is null or c.madeBy = :madeBy)
              and (:kind is null or c.kind = :kind)
              and (:status is null or c.status = :status)
              and (:sourceId is null or c.sourceId = :sourceId)
            order by c.madeOn desc, c.id desc
            """)
    Page<Commitment> findReadable(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, UUID madeBy, String kind, CommitmentStatus status, UUID sourceId,
            Pageable page);

    /**
     * The readable commitments not in a final status whose last step (or, without one, whose making) was before
     * {@code silentBefore}: the longest silent first.
     */
    @Query("""
            select c from Commitment c
            where c.institutionId = :institutionId
              and c.silentSince < :silentBefore
              and c.status not in :finalStatuses
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and (:madeBy is null or c.madeBy = :madeBy)
            order by c.silentSince, c.id
            """)
    Page<Commitment> findSilent(UUID institutionId, LocalDate silentBefore,
            Collection<CommitmentStatus> finalStatuses, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, UUID madeBy, Pageable page);

    /** The references of these commitments, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.shared.ProtectedReference(r.id, r.reference, r.institutionId, r.confidentiality,
                r.teamId)
            from Commitment r where r.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
