package org.huquq.shared.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.huquq.shared.Ids;

/** One institution no longer offers a built-in term; other institutions still do. */
@Entity
@Table(name = "vocabulary_term_withdrawal")
public class TermWithdrawal {

    @Id
    private UUID id;

    @Column(name = "term_id", nullable = false)
    private UUID termId;

    @Column(name = "institution_id", nullable = false)
    private UUID institutionId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TermWithdrawal() {
    }

    public TermWithdrawal(UUID termId, UUID institutionId) {
        this.id = Ids.next();
        this.termId = termId;
        this.institutionId = institutionId;
        this.createdAt = Instant.now();
    }

    public UUID getTermId() {
        return termId;
    }
}
