package org.huquq.commitments.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.huquq.commitments.CommitmentSource;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.FollowUpDetails;
import org.huquq.commitments.FollowUpView;
import org.huquq.shared.Ids;

/** A dated step reported on a commitment, with its evidence. Append-only: never changed once recorded. */
@Entity
@Immutable
@Table(name = "commitment_follow_up")
public class FollowUp {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID commitmentId;

    @Column(nullable = false)
    private LocalDate stepOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentStatus status;

    @Column(nullable = false)
    private String actionTaken;

    @Column(nullable = false)
    private String evidence;

    @Enumerated(EnumType.STRING)
    private CommitmentSource evidenceSourceKind;

    private UUID evidenceSourceId;

    private String evidenceSourceReference;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected FollowUp() {
    }

    /** A follow-up of {@code commitmentId} from details already normalised and checked by the module. */
    public FollowUp(UUID commitmentId, FollowUpDetails details, String recordedBy) {
        this.id = Ids.next();
        this.commitmentId = commitmentId;
        this.stepOn = details.on();
        this.status = details.status();
        this.actionTaken = details.actionTaken();
        this.evidence = details.evidence();
        this.evidenceSourceKind = details.evidenceSourceKind();
        this.evidenceSourceId = details.evidenceSourceId();
        this.evidenceSourceReference = details.evidenceSourceReference();
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    public FollowUpView toView() {
        return new FollowUpView(id, commitmentId, stepOn, status, actionTaken, evidence, evidenceSourceKind,
                evidenceSourceId, evidenceSourceReference, recordedAt, recordedBy);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getStepOn() {
        return stepOn;
    }

    public CommitmentStatus getStatus() {
        return status;
    }
}
