package org.huquq.people.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.huquq.people.PersonView;
import org.huquq.people.Relation;
import org.huquq.shared.Ids;

/** Someone to reach about the person: a relative, with a phone and the country they live in. */
@Entity
public class FamilyContact {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Relation relation;

    @Column(nullable = false)
    private String name;

    private String phone;

    private String countryCode;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected FamilyContact() {
    }

    FamilyContact(Person person, Relation relation, String name, String phone, String countryCode, String recordedBy) {
        this.id = Ids.next();
        this.person = person;
        this.relation = relation;
        this.name = name;
        this.phone = phone;
        this.countryCode = countryCode;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    public PersonView.ContactView toView() {
        return new PersonView.ContactView(id, relation, name, phone, countryCode);
    }

    /** Moves this record to another person (a merge, or its undoing); what it says never changes. */
    void moveTo(Person other) {
        this.person = other;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
