package org.huquq.detention.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.huquq.detention.RequestStatus;
import org.huquq.detention.RequestStepDetails;
import org.huquq.detention.RequestStepView;
import org.huquq.shared.Ids;

/** A dated step on a detainee's request: append-only, never changed. */
@Entity
@Table(name = "detainee_request_step")
public class RequestStep {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID requestId;

    @Column(nullable = false)
    private LocalDate stepOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    @Column(nullable = false)
    private String note;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected RequestStep() {
    }

    public RequestStep(UUID requestId, RequestStepDetails details, String recordedBy) {
        this.id = Ids.next();
        this.requestId = requestId;
        this.stepOn = details.on();
        this.status = details.status();
        this.note = details.note();
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    public RequestStepView toView() {
        return new RequestStepView(id, stepOn, status, note, recordedAt, recordedBy);
    }

    public UUID getId() {
        return id;
    }

    public LocalDate getStepOn() {
        return stepOn;
    }

    public RequestStatus getStatus() {
        return status;
    }
}
