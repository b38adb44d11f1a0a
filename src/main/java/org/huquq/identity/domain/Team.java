package org.huquq.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.huquq.shared.Ids;

/** A group of staff to whom confidential records are assigned. */
@Entity
public class Team {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Team() {
    }

    public Team(UUID institutionId, String name) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.name = name;
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public String getName() {
        return name;
    }
}
