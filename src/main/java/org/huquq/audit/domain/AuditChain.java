package org.huquq.audit.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The head of one audit chain: the last sequence number and hash. Locked while an entry is appended. */
@Entity
public class AuditChain {

    @Id
    private String chainKey;

    private long lastSeq;

    private String lastHash;

    protected AuditChain() {
    }

    AuditChain(String chainKey) {
        this.chainKey = chainKey;
        this.lastSeq = 0;
        this.lastHash = AuditHashing.GENESIS;
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.getHash();
    }
}
