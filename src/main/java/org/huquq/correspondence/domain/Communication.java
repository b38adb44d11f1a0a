package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.OrderColumn;

import org.huquq.correspondence.CommunicationDetails;
import org.huquq.correspondence.CommunicationParticipant;
import org.huquq.correspondence.CommunicationView;
import org.huquq.correspondence.LinkedPerson;
import org.huquq.correspondence.LinkedPlace;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.Protected;

/**
 * A call or meeting with a counterpart, in one institution's communications log: when, who took part on either side,
 * what was discussed and what came of it, and the persons and places it concerned.
 */
@Entity
public class Communication extends ChangeTracked implements Protected {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String kind;

    @Column(nullable = false)
    private LocalDate occurredOn;

    private LocalTime occurredTime;

    @Column(nullable = false)
    private UUID counterpartId;

    @ElementCollection
    @CollectionTable(name = "communication_participant", joinColumns = @JoinColumn(name = "communication_id"))
    @OrderColumn(name = "list_index")
    private List<CommunicationParticipantEntry> participants = new ArrayList<>();

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String summary;

    private String outcome;

    @Column(name = "notes_language")
    private String language;

    @Embedded
    @AssociationOverride(name = "personIds", joinTable = @JoinTable(name = "communication_person",
            joinColumns = @JoinColumn(name = "communication_id")))
    @AssociationOverride(name = "placeIds", joinTable = @JoinTable(name = "communication_place",
            joinColumns = @JoinColumn(name = "communication_id")))
    private RecordLinks links = new RecordLinks();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality;

    private UUID teamId;


    protected Communication() {
    }

    /** A new call or meeting from details already normalised and checked by the module. */
    public Communication(UUID institutionId, String reference, CommunicationDetails details, String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        created(createdBy);
        apply(details, createdBy);
    }

    /**
     * Replaces every stated fact with {@code details} (normalised and checked by the module); the links become
     * {@code details}' links followed by {@code keptPersonIds} and {@code keptPlaceIds}, those the user could not see
     * and so could not have meant to remove.
     */
    public void apply(CommunicationDetails details, List<UUID> keptPersonIds, List<UUID> keptPlaceIds, String by) {
        this.kind = details.kind();
        this.occurredOn = details.occurredOn();
        this.occurredTime = details.occurredTime();
        this.counterpartId = details.counterpartId();
        this.participants.clear();
        details.participants().forEach(p -> participants.add(new CommunicationParticipantEntry(p)));
        this.subject = details.subject();
        this.summary = details.summary();
        this.outcome = details.outcome();
        this.language = details.language();
        List<UUID> persons = new ArrayList<>(details.personIds());
        persons.addAll(keptPersonIds);
        List<UUID> places = new ArrayList<>(details.placeIds());
        places.addAll(keptPlaceIds);
        this.links.replace(persons, places);
        this.confidentiality = details.confidentiality();
        this.teamId = details.teamId();
        touched(by);
    }

    private void apply(CommunicationDetails details, String by) {
        apply(details, List.of(), List.of(), by);
    }

    /** The view with the linked records the reader may see, already resolved by the module. */
    public CommunicationView toView(List<LinkedPerson> visiblePersons, List<LinkedPlace> visiblePlaces) {
        List<CommunicationParticipant> people = participants.stream()
                .map(CommunicationParticipantEntry::toParticipant).toList();
        return new CommunicationView(id, reference, kind, occurredOn, occurredTime, counterpartId, people, subject,
                summary, outcome, language, visiblePersons, visiblePlaces, confidentiality, teamId, createdAt,
                createdBy, updatedAt, updatedBy, version);
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public List<UUID> personIds() {
        return links.personIds();
    }

    public List<UUID> placeIds() {
        return links.placeIds();
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
