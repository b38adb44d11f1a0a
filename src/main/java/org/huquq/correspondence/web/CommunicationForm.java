package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.correspondence.CommunicationDetails;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationParticipant;
import org.huquq.correspondence.CommunicationSide;
import org.huquq.correspondence.CommunicationView;
import org.huquq.shared.Confidentiality;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The call-or-meeting form as the browser posts it. The counterpart, the persons and the places are record pickers
 * (ids ticked, and the text typed to find more, see {@code search/picker}); participants are numbered rows, blank
 * ones ignored.
 */
public class CommunicationForm {

    /** Empty participant rows offered below the filled ones. */
    static final int SPARE_PARTICIPANT_ROWS = 2;

    @NotBlank(message = "{web.validation.required}")
    @Size(max = 60, message = "{web.validation.tooLong}")
    private String kind;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime occurredTime;
    @NotNull(message = "{web.validation.required}")
    private UUID counterpartId;
    /** Name or number typed to find the counterpart; not saved. */
    private String counterpartQuery;
    @Valid
    @Size(max = CommunicationManagement.MAX_PARTICIPANTS, message = "{correspondence.communications.error.tooManyParticipants}")
    private List<ParticipantRow> participants = new ArrayList<>();
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 300, message = "{web.validation.tooLong}")
    private String subject;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 8000, message = "{web.validation.tooLong}")
    private String summary;
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String outcome;
    @Size(max = 8, message = "{web.validation.tooLong}")
    private String language;
    private List<UUID> personIds = new ArrayList<>();
    private List<UUID> placeIds = new ArrayList<>();
    @NotNull(message = "{web.validation.required}")
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID teamId;
    private long version;
    /** Name typed to find a person to link; not saved. */
    private String personQuery;
    /** Name or code typed to find a place to link; not saved. */
    private String placeQuery;

    /** A new form: one row for our side and one for theirs. */
    static CommunicationForm blank(UUID counterpartId) {
        CommunicationForm form = new CommunicationForm();
        form.counterpartId = counterpartId;
        form.participants.add(ParticipantRow.on(CommunicationSide.OURS));
        form.participants.add(ParticipantRow.on(CommunicationSide.THEIRS));
        return form;
    }

    static CommunicationForm of(CommunicationView communication) {
        CommunicationForm form = new CommunicationForm();
        form.kind = communication.kind();
        form.occurredOn = communication.occurredOn();
        form.occurredTime = communication.occurredTime();
        form.counterpartId = communication.counterpartId();
        communication.participants().forEach(p -> form.participants.add(ParticipantRow.of(p)));
        form.subject = communication.subject();
        form.summary = communication.summary();
        form.outcome = communication.outcome();
        form.language = communication.language();
        form.personIds = new ArrayList<>(communication.personIds());
        form.placeIds = new ArrayList<>(communication.placeIds());
        form.confidentiality = communication.confidentiality();
        form.teamId = communication.teamId();
        form.version = communication.version();
        return form;
    }

    /** Adds empty rows for more participants, up to the limit. */
    CommunicationForm withSpareParticipantRows() {
        int wanted = Math.min(CommunicationManagement.MAX_PARTICIPANTS, participants.size() + SPARE_PARTICIPANT_ROWS);
        while (participants.size() < wanted) {
            participants.add(new ParticipantRow());
        }
        return this;
    }

    /** The details to save. */
    CommunicationDetails toDetails() {
        List<CommunicationParticipant> people = participants.stream()
                .map(row -> new CommunicationParticipant(row.name, row.side, row.role)).toList();
        return new CommunicationDetails(kind, occurredOn, occurredTime, counterpartId, people, subject, summary,
                outcome, language, personIds, placeIds, confidentiality, teamId);
    }

    /** One participant row of the form. */
    public static class ParticipantRow {
        @Size(max = 200, message = "{web.validation.tooLong}")
        private String name;
        private CommunicationSide side;
        @Size(max = 200, message = "{web.validation.tooLong}")
        private String role;

        static ParticipantRow on(CommunicationSide side) {
            ParticipantRow row = new ParticipantRow();
            row.side = side;
            return row;
        }

        static ParticipantRow of(CommunicationParticipant participant) {
            ParticipantRow row = on(participant.side());
            row.name = participant.name();
            row.role = participant.role();
            return row;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public CommunicationSide getSide() { return side; }
        public void setSide(CommunicationSide side) { this.side = side; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate occurredOn) { this.occurredOn = occurredOn; }
    public LocalTime getOccurredTime() { return occurredTime; }
    public void setOccurredTime(LocalTime occurredTime) { this.occurredTime = occurredTime; }
    public UUID getCounterpartId() { return counterpartId; }
    public void setCounterpartId(UUID counterpartId) { this.counterpartId = counterpartId; }
    public String getCounterpartQuery() { return counterpartQuery; }
    public void setCounterpartQuery(String counterpartQuery) { this.counterpartQuery = counterpartQuery; }
    public List<ParticipantRow> getParticipants() { return participants; }
    public void setParticipants(List<ParticipantRow> participants) { this.participants = participants; }
    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) {
        this.language = language == null ? null : language.strip().toLowerCase(java.util.Locale.ROOT);
    }
    public List<UUID> getPersonIds() { return personIds; }
    public void setPersonIds(List<UUID> personIds) { this.personIds = personIds; }
    public List<UUID> getPlaceIds() { return placeIds; }
    public void setPlaceIds(List<UUID> placeIds) { this.placeIds = placeIds; }
    public Confidentiality getConfidentiality() { return confidentiality; }
    public void setConfidentiality(Confidentiality confidentiality) { this.confidentiality = confidentiality; }
    public UUID getTeamId() { return teamId; }
    public void setTeamId(UUID teamId) { this.teamId = teamId; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public String getPersonQuery() { return personQuery; }
    public void setPersonQuery(String personQuery) { this.personQuery = personQuery; }
    public String getPlaceQuery() { return placeQuery; }
    public void setPlaceQuery(String placeQuery) { this.placeQuery = placeQuery; }
}
