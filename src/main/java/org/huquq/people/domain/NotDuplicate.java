package org.huquq.people.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;

/** An officer's judgement that two persons are not the same: the pair is never proposed again. */
@Entity
@jakarta.persistence.Table(name = "person_not_duplicate")
public class NotDuplicate {

    @EmbeddedId
    private Pair pair;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private String decidedBy;

    @Column(nullable = false)
    private Instant decidedAt;

    protected NotDuplicate() {
    }

    public NotDuplicate(UUID institutionId, UUID personA, UUID personB, String by) {
        this.pair = new Pair(personA, personB);
        this.institutionId = institutionId;
        this.decidedBy = by;
        this.decidedAt = Instant.now();
    }

    public Pair pair() {
        return pair;
    }

    /** The two persons, lower id first. */
    @Embeddable
    public static class Pair implements Serializable {

        @Column(name = "person_a")
        private UUID personA;

        @Column(name = "person_b")
        private UUID personB;

        protected Pair() {
        }

        public Pair(UUID personA, UUID personB) {
            this.personA = personA;
            this.personB = personB;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Pair pair && pair.personA.equals(personA) && pair.personB.equals(personB);
        }

        @Override
        public int hashCode() {
            return personA.hashCode() * 31 + personB.hashCode();
        }
    }
}
