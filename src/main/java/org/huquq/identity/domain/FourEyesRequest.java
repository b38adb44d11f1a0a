package org.huquq.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.huquq.identity.FourEyesKind;
import org.huquq.identity.Role;
import org.huquq.shared.Ids;

/**
 * A change to a user that one person of the institution asked for and a second must approve (docs/adr/0011): the
 * grant of a senior role, or a new password for someone who holds one. Decided once, approved or rejected.
 */
@Entity
public class FourEyesRequest {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private UUID userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FourEyesKind kind;

    @Enumerated(EnumType.STRING)
    private Role role;

    @Column(nullable = false)
    private UUID requestedBy;

    @Column(nullable = false)
    private Instant requestedAt;

    private UUID decidedBy;

    private Instant decidedAt;

    private String outcome;

    @Version
    private long version;

    protected FourEyesRequest() {
    }

    public FourEyesRequest(UUID institutionId, UUID userId, FourEyesKind kind, Role role, UUID requestedBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.userId = userId;
        this.kind = kind;
        this.role = role;
        this.requestedBy = requestedBy;
        this.requestedAt = Instant.now();
    }

    public void decide(UUID decider, boolean approved) {
        this.decidedBy = decider;
        this.decidedAt = Instant.now();
        this.outcome = approved ? "APPROVED" : "REJECTED";
    }

    public boolean isPending() {
        return decidedAt == null;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public UUID getUserId() {
        return userId;
    }

    public FourEyesKind getKind() {
        return kind;
    }

    public Role getRole() {
        return role;
    }

    public UUID getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
