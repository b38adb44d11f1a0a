package org.huquq.commitments.domain;

import java.time.LocalDate;
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
}
