package org.huquq.correspondence;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartMother;
import org.huquq.shared.Confidentiality;

/**
 * Test data for calls and meetings: {@code CommunicationMother.call().with(counterpart).on(date).build()}. By default
 * a phone call on 5 April 2024 with one participant on each side, internal, in Tajik.
 */
public final class CommunicationMother {

    private String kind = "PHONE_CALL";
    private LocalDate occurredOn = LocalDate.of(2024, 4, 5);
    private LocalTime occurredTime;
    private UUID counterpart;
    private final List<CommunicationParticipant> participants = new ArrayList<>(List.of(
            new CommunicationParticipant("Умед Бобозода", CommunicationSide.OURS, "Ваколатдор"),
            new CommunicationParticipant("Татьяна Москалькова", CommunicationSide.THEIRS, "Уполномоченный")));
    private String subject = "Дастрасӣ ба боздоштшудагон " + CounterpartMother.marker();
    private String summary = "Сафар натиҷа надод; масъала тавассути телефон муҳокима шуд.";
    private String outcome = "Ба таҳқиқ даъват кард.";
    private String language = "tg";
    private final List<UUID> persons = new ArrayList<>();
    private final List<UUID> places = new ArrayList<>();
    private Confidentiality level = Confidentiality.INTERNAL;
    private UUID team;

    private CommunicationMother() {
    }

    public static CommunicationMother call() {
        return new CommunicationMother();
    }

    public static CommunicationMother meeting() {
        return new CommunicationMother().kind("MEETING");
    }

    public CommunicationMother kind(String kind) {
        this.kind = kind;
        return this;
    }

    public CommunicationMother with(UUID counterpart) {
        this.counterpart = counterpart;
        return this;
    }

    public CommunicationMother on(LocalDate date) {
        this.occurredOn = date;
        return this;
    }

    public CommunicationMother at(LocalTime time) {
        this.occurredTime = time;
        return this;
    }

    public CommunicationMother about(String subject) {
        this.subject = subject;
        return this;
    }

    public CommunicationMother summary(String summary) {
        this.summary = summary;
        return this;
    }

    public CommunicationMother outcome(String outcome) {
        this.outcome = outcome;
        return this;
    }

    public CommunicationMother language(String language) {
        this.language = language;
        return this;
    }

    public CommunicationMother participants(CommunicationParticipant... participants) {
        this.participants.clear();
        this.participants.addAll(List.of(participants));
        return this;
    }

    public CommunicationMother persons(UUID... persons) {
        this.persons.addAll(List.of(persons));
        return this;
    }

    public CommunicationMother places(UUID... places) {
        this.places.addAll(List.of(places));
        return this;
    }

    public CommunicationMother level(Confidentiality level, UUID team) {
        this.level = level;
        this.team = team;
        return this;
    }

    public CommunicationDetails build() {
        return new CommunicationDetails(kind, occurredOn, occurredTime, counterpart, new ArrayList<>(participants),
                subject, summary, outcome, language, new ArrayList<>(persons), new ArrayList<>(places), level, team);
    }
}
