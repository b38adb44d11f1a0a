package org.huquq.digest.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

/** That a recipient's digest of one day went out (or is going out): written first, so that it goes out once. */
@Entity
@IdClass(DigestSent.Key.class)
public class DigestSent {

    @Id
    private UUID recipientId;

    @Id
    private LocalDate digestDate;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private Instant sentAt;

    protected DigestSent() {
    }

    public DigestSent(UUID recipientId, LocalDate digestDate, UUID institutionId) {
        this.recipientId = recipientId;
        this.digestDate = digestDate;
        this.institutionId = institutionId;
        this.sentAt = Instant.now();
    }

    /** The key: one digest per recipient and day. */
    public record Key(UUID recipientId, LocalDate digestDate) implements Serializable {
    }
}
