package org.huquq.commitments.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUp, UUID> {

    /** A commitment's follow-ups, the newest step first (on one date, the last recorded first). */
    @Query("""
            select f from FollowUp f where f.commitmentId = :commitmentId
            order by f.stepOn desc, f.recordedAt desc, f.id desc
            """)
    Page<FollowUp> findNewestFirst(UUID commitmentId, Pageable page);

    Optional<FollowUp> findByIdAndCommitmentId(UUID id, UUID commitmentId);

    /** The date of the earliest step reported on a commitment, empty when none was. */
    @Query("select min(f.stepOn) from FollowUp f where f.commitmentId = :commitmentId")
    Optional<LocalDate> firstStepOn(UUID commitmentId);

    /** The follow-ups with their commitment's reference and what decides who may read it (the audit trail). */
    @Query("""
            select new org.huquq.commitments.domain.FollowUpReference(f.id, c.id, c.reference, c.institutionId,
                c.confidentiality, c.teamId)
            from FollowUp f join Commitment c on c.id = f.commitmentId where f.id in :ids
            """)
    List<FollowUpReference> findReferences(Collection<UUID> ids);
}
