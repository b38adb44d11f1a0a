package org.huquq.people.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.huquq.people.DocumentType;
import org.huquq.people.PersonView;
import org.huquq.shared.Ids;

/** An identity document; the number is kept as written and normalised for matching. */
@Entity
public class IdentityDocument {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentType documentType;

    @Column(nullable = false)
    private String numberAsWritten;

    @Column(nullable = false)
    private String numberNormalized;

    private String issuingCountry;

    private LocalDate issuedOn;

    private LocalDate expiresOn;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected IdentityDocument() {
    }

    IdentityDocument(Person person, DocumentType type, String numberAsWritten, String numberNormalized,
            String issuingCountry, LocalDate issuedOn, LocalDate expiresOn, String recordedBy) {
        this.id = Ids.next();
        this.person = person;
        this.documentType = type;
        this.numberAsWritten = numberAsWritten;
        this.numberNormalized = numberNormalized;
        this.issuingCountry = issuingCountry;
        this.issuedOn = issuedOn;
        this.expiresOn = expiresOn;
        this.recordedAt = Instant.now();
        this.recordedBy = recordedBy;
    }

    public PersonView.DocumentView toView() {
        return new PersonView.DocumentView(id, documentType, numberAsWritten, numberNormalized, issuingCountry,
                issuedOn, expiresOn);
    }

    public String getNumberNormalized() {
        return numberNormalized;
    }

    /** Moves this record to another person (a merge, or its undoing); what it says never changes. */
    void moveTo(Person other) {
        this.person = other;
    }

    public UUID getId() {
        return id;
    }
}
