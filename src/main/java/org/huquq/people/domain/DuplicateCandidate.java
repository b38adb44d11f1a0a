package org.huquq.people.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.huquq.shared.Ids;

/** A pair of persons that may be one, with a score and the reasons, for an officer to judge. */
@Entity
@jakarta.persistence.Table(name = "person_duplicate_candidate")
public class DuplicateCandidate {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    /** The lower of the two ids, so that a pair is stored once. */
    @Column(name = "person_a", nullable = false)
    private UUID personA;

    @Column(name = "person_b", nullable = false)
    private UUID personB;

    private double score;

    /** Message keys of the reasons, comma-separated. */
    @Column(nullable = false)
    private String reasons;

    @Column(nullable = false)
    private Instant computedAt;

    protected DuplicateCandidate() {
    }

    public DuplicateCandidate(UUID institutionId, UUID personA, UUID personB, double score, String reasons) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.personA = personA;
        this.personB = personB;
        this.score = score;
        this.reasons = reasons;
        this.computedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getPersonA() {
        return personA;
    }

    public UUID getPersonB() {
        return personB;
    }

    public double getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }
}
