package org.huquq.detention.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.OptimisticLock;
import org.huquq.detention.DetentionDetails;
import org.huquq.detention.DetentionView;
import org.huquq.detention.SentenceDetails;
import org.huquq.detention.SentenceView;
import org.huquq.people.Sex;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.Protected;

/**
 * A person held at a place for a period, with the sentence when one is known. Its confidentiality is its person's,
 * copied with the person's other facts that the registry lists it by ({@link #describe(PersonFacts)}), and kept current
 * by the module when the person changes. Whether it is the person's current record is set by the module, which sees
 * all the person's records ({@link #setCurrent}).
 */
@Entity
public class Detention extends ChangeTracked implements Protected {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private UUID personId;

    @Column(nullable = false)
    private UUID recordedPersonId;

    @Column(nullable = false)
    private UUID placeId;

    @Column(nullable = false)
    private LocalDate detainedFrom;

    private LocalDate detainedTo;

    /** Derived from the person's other records: changing it is no change of this record's version. */
    @Column(name = "current_record", nullable = false)
    @OptimisticLock(excluded = true)
    private boolean current;

    @Column(nullable = false)
    private String legalStatus;

    private String legalBasis;

    private String holdingAuthority;

    private String informationSource;

    private LocalDate informationDate;

    @Column(nullable = false)
    private boolean hasSentence;

    private String court;

    private LocalDate judgmentOn;

    private LocalDate finalOn;

    private Integer termYears;

    private Integer termMonths;

    private Integer termDays;

    @Column(nullable = false)
    private boolean lifeTerm;

    private LocalDate sentenceStartOn;

    private Integer pretrialCreditDays;

    private String regime;

    private LocalDate statedReleaseOn;

    private LocalDate releaseOn;

    @ElementCollection
    @CollectionTable(name = "detention_offence", joinColumns = @JoinColumn(name = "detention_id"))
    @OrderColumn(name = "position")
    private List<OffenceEntry> offences = new ArrayList<>();

    @Column(nullable = false)
    private String personReference;

    @Column(nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sex personSex;

    private LocalDate personBornEarliest;

    private LocalDate personBornLatest;

    @Column(nullable = false)
    private String personNationalities;

    @Column(nullable = false)
    private String personVulnerabilities;

    @Column(nullable = false)
    private boolean ourNational;

    private String placeCountry;

    @Column(nullable = false)
    private boolean heldAbroad;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality;

    private UUID teamId;

    protected Detention() {
    }

    /** A new record from details already normalised and checked by the module, not yet current. */
    public Detention(UUID institutionId, String reference, DetentionDetails details, PersonFacts person,
            PlaceFacts place, String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        this.recordedPersonId = details.personId();
        created(createdBy);
        apply(details, person, place, createdBy);
    }

    /** Replaces every stated fact with {@code details} (normalised and checked by the module). */
    public void apply(DetentionDetails details, PersonFacts person, PlaceFacts place, String by) {
        this.personId = details.personId();
        this.placeId = details.placeId();
        this.detainedFrom = details.from();
        this.detainedTo = details.to();
        this.legalStatus = details.legalStatus();
        this.legalBasis = details.legalBasis();
        this.holdingAuthority = details.holdingAuthority();
        this.informationSource = details.informationSource();
        this.informationDate = details.informationDate();
        SentenceDetails sentence = details.sentence();
        this.hasSentence = sentence != null;
        this.court = sentence == null ? null : sentence.court();
        this.judgmentOn = sentence == null ? null : sentence.judgmentOn();
        this.finalOn = sentence == null ? null : sentence.finalOn();
        this.termYears = sentence == null ? null : sentence.years();
        this.termMonths = sentence == null ? null : sentence.months();
        this.termDays = sentence == null ? null : sentence.days();
        this.lifeTerm = sentence != null && sentence.life();
        this.sentenceStartOn = sentence == null ? null : sentence.startOn();
        this.pretrialCreditDays = sentence == null ? null : sentence.pretrialCreditDays();
        this.regime = sentence == null ? null : sentence.regime();
        this.statedReleaseOn = sentence == null ? null : sentence.statedRelease();
        this.releaseOn = sentence == null ? null : sentence.releaseOn();
        this.offences.clear();
        if (sentence != null) {
            sentence.offences().forEach(offence -> offences.add(new OffenceEntry(offence)));
        }
        describe(person);
        locate(place);
        touched(by);
    }

    /** Copies the person's facts, and with them the person's confidentiality. */
    public void describe(PersonFacts person) {
        this.personReference = person.reference();
        this.personName = person.name();
        this.personSex = person.sex();
        this.personBornEarliest = person.bornEarliest();
        this.personBornLatest = person.bornLatest();
        this.personNationalities = person.nationalities();
        this.personVulnerabilities = person.vulnerabilities();
        this.ourNational = person.ourNational();
        this.confidentiality = person.confidentiality();
        this.teamId = person.teamId();
    }

    /** Copies the place's country, and whether that is abroad for the institution. */
    public void locate(PlaceFacts place) {
        this.placeCountry = place.country();
        this.heldAbroad = place.abroad();
    }

    /** Moves the record to another person (a merge, or a merge undone), whose facts it takes. */
    public void moveTo(UUID personId, PersonFacts person) {
        this.personId = personId;
        describe(person);
    }

    public void setCurrent(boolean current) {
        this.current = current;
    }

    public DetentionView toView(LocalDate today) {
        SentenceView sentence = hasSentence
                ? new SentenceView(court, judgmentOn, finalOn, offences.stream().map(OffenceEntry::toOffence).toList(),
                        termYears, termMonths, termDays, lifeTerm, sentenceStartOn, pretrialCreditDays, regime,
                        statedReleaseOn, releaseOn)
                : null;
        return new DetentionView(id, reference, personId, personReference, personName,
                PersonFacts.nationalities(personNationalities),
                PersonFacts.vulnerabilities(personVulnerabilities, personSex, personBornEarliest, personBornLatest,
                        today),
                placeId, placeCountry, heldAbroad, detainedFrom, detainedTo, current, legalStatus, legalBasis,
                holdingAuthority, informationSource, informationDate, sentence, confidentiality, teamId, createdAt,
                createdBy, updatedAt, updatedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public UUID getPersonId() {
        return personId;
    }

    public UUID getRecordedPersonId() {
        return recordedPersonId;
    }

    public UUID getPlaceId() {
        return placeId;
    }

    public LocalDate getDetainedFrom() {
        return detainedFrom;
    }

    public LocalDate getDetainedTo() {
        return detainedTo;
    }

    public LocalDate getReleaseOn() {
        return releaseOn;
    }

    public boolean isCurrent() {
        return current;
    }

    public String getLegalStatus() {
        return legalStatus;
    }

    @Override
    public UUID institutionId() {
        return institutionId;
    }

    @Override
    public Confidentiality confidentiality() {
        return confidentiality;
    }

    @Override
    public UUID teamId() {
        return teamId;
    }
}
