package org.huquq.audit.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Transient;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditOutcome;
import org.huquq.shared.Ids;
import org.springframework.data.domain.Persistable;

/** One link of an audit chain. Never updated once written. */
@Entity
public class AuditEntry implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String chainKey;

    private long seq;

    @Column(nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditAction action;

    private String objectType;

    private String objectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditOutcome outcome;

    private String detail;

    private String remoteAddress;

    @Column(nullable = false)
    private String prevHash;

    @Column(nullable = false)
    private String hash;

    /** Entries are only ever inserted: saving a new one must persist it, not merge it (a select per entry). */
    @Transient
    private boolean unsaved;

    protected AuditEntry() {
    }

    AuditEntry(String chainKey, long seq, Instant occurredAt, String actor, AuditAction action, String objectType,
            String objectId, AuditOutcome outcome, String detail, String remoteAddress, String prevHash) {
        this.id = Ids.next();
        this.chainKey = chainKey;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = outcome;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
        this.prevHash = prevHash;
        this.hash = computeHash();
        this.unsaved = true;
    }

    @Override
    public boolean isNew() {
        return unsaved;
    }

    @PostPersist
    void saved() {
        unsaved = false;
    }

    /** SHA-256 over every field and the previous entry's hash, so any edit, removal or reordering shows. */
    public String computeHash() {
        return AuditHashing.sha256(String.join("\u001f", chainKey, Long.toString(seq), occurredAt.toString(), actor,
                action.name(), nullToEmpty(objectType), nullToEmpty(objectId), outcome.name(), nullToEmpty(detail),
                nullToEmpty(remoteAddress), prevHash));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public UUID getId() {
        return id;
    }

    public String getChainKey() {
        return chainKey;
    }

    public long getSeq() {
        return seq;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
