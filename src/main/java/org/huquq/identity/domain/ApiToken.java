package org.huquq.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.huquq.shared.Ids;

/** A personal access token for the API, until its expiry, perhaps read-only. Only the SHA-256 of the secret is kept. */
@Entity
public class ApiToken {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID userId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, unique = true)
    private String tokenHash;

    @Column(nullable = false)
    private String tokenPrefix;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private boolean readOnly;

    private Instant lastUsedAt;

    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UUID userId, String name, String tokenHash, String tokenPrefix, Instant expiresAt,
            boolean readOnly) {
        this.id = Ids.next();
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = Instant.now();
        this.expiresAt = expiresAt;
        this.readOnly = readOnly;
    }

    public boolean isUsable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(Instant now) {
        this.lastUsedAt = now;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    /** A read-only token may only read: any other method is refused. */
    public boolean isReadOnly() {
        return readOnly;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
