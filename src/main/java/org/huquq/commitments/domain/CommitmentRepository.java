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
     * Which commitments a user may read (see AccessPolicy.ReadScope), filtered; null filters do not filter. Shared
     * by the page and its count.
     */
    String READABLE = """
            from Commitment c
            where c.institutionId = :institutionId
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and (:madeBy is null or c.madeBy = :madeBy)
              and (:kind is null or c.kind = :kind)
              and (:status is null or c.status = :status)
              and (:sourceId is null or c.sourceId = :sourceId)
            """;

    /**
     * A keyset page of the commitments a user may read, filtered, the most recently made first, then by id: the
     * first page when {@code first} (the caller gives a day after every commitment's as {@code afterOn}), else
     * those after {@code afterOn} and {@code afterId}. The range up to {@code afterOn} lets the database seek there
     * in {@code ix_commitment_institution_made_on_id}.
     */
    @Query("select c " + READABLE + """
              and c.madeOn <= :afterOn
              and (:first = true or c.madeOn < :afterOn or (c.madeOn = :afterOn and c.id < :afterId))
            order by c.institutionId desc, c.madeOn desc, c.id desc
            """)
    List<Commitment> findReadable(UUID institutionId, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, UUID madeBy, String kind, CommitmentStatus status, UUID sourceId, boolean first,
            LocalDate afterOn, UUID afterId, Pageable limit);

    /** How many commitments a user may read match the filters. */
    @Query("select count(c) " + READABLE)
    long countReadable(UUID institutionId, Collection<Confidentiality> openLevels, Confidentiality confidential,
            boolean allConfidential, Confidentiality strict, boolean allStrict, Collection<UUID> teams, UUID madeBy,
            String kind, CommitmentStatus status, UUID sourceId);

    /**
     * The readable commitments not in a final status whose last step (or, without one, whose making) was on or after
     * {@code since} and before {@code silentBefore}, optionally made by one counterpart. Shared by the page and its
     * count.
     */
    String SILENT = """
            from Commitment c
            where c.institutionId = :institutionId
              and c.silentSince >= :since and c.silentSince < :silentBefore
              and c.status not in :finalStatuses
              and (c.confidentiality in :openLevels
                   or (c.confidentiality = :confidential and (:allConfidential = true or c.teamId in :teams))
                   or (c.confidentiality = :strict and (:allStrict = true or c.teamId in :teams)))
              and (:madeBy is null or c.madeBy = :madeBy)
            """;

    /**
     * A keyset page of the silent commitments, the longest silent first, then by id: the first page when
     * {@code first}, else those after {@code afterOn} and {@code afterId} (the caller gives the cursor's day as
     * {@code since}, where the database seeks in {@code ix_commitment_institution_silent_since_id}).
     */
    @Query("select c " + SILENT + """
              and (:first = true or c.silentSince > :afterOn or (c.silentSince = :afterOn and c.id > :afterId))
            order by c.institutionId, c.silentSince, c.id
            """)
    List<Commitment> findSilent(UUID institutionId, LocalDate since, LocalDate silentBefore,
            Collection<CommitmentStatus> finalStatuses, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, UUID madeBy, boolean first, LocalDate afterOn, UUID afterId, Pageable limit);

    /** How many commitments are silent. */
    @Query("select count(c) " + SILENT)
    long countSilent(UUID institutionId, LocalDate since, LocalDate silentBefore,
            Collection<CommitmentStatus> finalStatuses, Collection<Confidentiality> openLevels,
            Confidentiality confidential, boolean allConfidential, Confidentiality strict, boolean allStrict,
            Collection<UUID> teams, UUID madeBy);

    /** The references of these commitments, with what decides who may read them (the audit trail names them). */
    @Query("""
            select new org.huquq.shared.ProtectedReference(r.id, r.reference, r.institutionId, r.confidentiality,
                r.teamId)
            from Commitment r where r.id in :ids
            """)
    List<ProtectedReference> findReferences(Collection<UUID> ids);
}
