package org.huquq.detention.domain;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.huquq.detention.RaisedIn;
import org.huquq.detention.RequestDetails;
import org.huquq.detention.RequestStatus;
import org.huquq.detention.RequestView;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.Protected;

/**
 * A request a detainee raised. As confidential as its person, whose number, name and confidentiality it copies
 * ({@link #describe}). Its status is never stated: it follows from its steps ({@link #recordStep}), which are never
 * changed once recorded.
 */
@Entity
public class DetaineeRequest extends ChangeTracked implements Protected {

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

    private UUID detentionId;

    @Column(nullable = false)
    private String kind;

    private String askedBy;

    @Column(nullable = false)
    private LocalDate askedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RaisedIn raisedIn;

    private UUID sourceId;

    private String sourceReference;

    @Column(nullable = false)
    private String words;

    @Column(nullable = false)
    private String wordsLanguage;

    private UUID ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RequestStatus status;

    private LocalDate lastStepOn;

    @Column(nullable = false)
    private String personReference;

    @Column(nullable = false)
    private String personName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality;

    private UUID teamId;

    protected DetaineeRequest() {
    }

    public DetaineeRequest(UUID institutionId, String reference, RequestDetails details, PersonFacts person,
            String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        this.recordedPersonId = details.personId();
        this.status = RequestStatus.RECEIVED;
        created(createdBy);
        apply(details, person, createdBy);
    }

    /** Replaces every stated fact with {@code details} (normalised and checked by the module). */
    public void apply(RequestDetails details, PersonFacts person, String by) {
        this.personId = details.personId();
        this.detentionId = details.detentionId();
        this.kind = details.kind();
        this.askedBy = details.askedBy();
        this.askedOn = details.askedOn();
        this.raisedIn = details.raisedIn();
        this.sourceId = details.sourceId();
        this.sourceReference = details.sourceReference();
        this.words = details.words();
        this.wordsLanguage = details.wordsLanguage();
        this.ownerId = details.ownerId();
        describe(person);
        touched(by);
    }

    /** Copies the person's number, name and confidentiality. */
    public void describe(PersonFacts person) {
        this.personReference = person.reference();
        this.personName = person.name();
        this.confidentiality = person.confidentiality();
        this.teamId = person.teamId();
    }

    /** Moves the request to another person (a merge, or a merge undone), whose facts it takes. */
    public void moveTo(UUID personId, PersonFacts person) {
        this.personId = personId;
        describe(person);
    }

    /**
     * Takes a new step into account: a step dated on or after the last one sets the status (on the same date the later
     * recorded wins); an earlier-dated one leaves it. The version moves on either way.
     */
    public void recordStep(RequestStep step, String by) {
        if (lastStepOn == null || !step.getStepOn().isBefore(lastStepOn)) {
            this.status = step.getStatus();
            this.lastStepOn = step.getStepOn();
        }
        touched(by);
    }

    public RequestView toView() {
        return new RequestView(id, reference, personId, personReference, personName, detentionId, kind, askedBy,
                askedOn, raisedIn, sourceId, sourceReference, words, wordsLanguage, ownerId, status, lastStepOn,
                confidentiality, teamId, createdAt, createdBy, updatedAt, updatedBy, version);
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

    public LocalDate getAskedOn() {
        return askedOn;
    }

    public String getKind() {
        return kind;
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
