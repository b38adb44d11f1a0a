package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.shared.Confidentiality;

/**
 * Test data for letters: {@code LetterMother.outgoing(counterpartId).sentOn(date).under("RU-59-FZ").register()}
 * gives the command to register; every letter is in Russian, by post, with a subject carrying a random marker.
 */
public final class LetterMother {

    private final LetterDirection direction;
    private final UUID counterpartId;
    private LocalDate registeredOn;
    private String theirReference;
    private LocalDate theirDate;
    private LocalDate signedOn;
    private LocalDate sentOn;
    private LocalDate deliveredOn;
    private LocalDate receivedOn;
    private String subject = "О соблюдении прав мигрантов " + CounterpartMother.marker();
    private String language = "ru";
    private UUID inReplyTo;
    private UUID followsUp;
    private boolean expectsReply;
    private String rule;
    private LocalDate byHand;
    private LocalDate recipientRegisteredOn;
    private final List<ReplyDeadlineExtension> extensions = new ArrayList<>();
    private final List<UUID> persons = new ArrayList<>();
    private final List<UUID> places = new ArrayList<>();
    private String owner;
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID team;
    private ReplyDeadlineOutcomeKind answerKind;

    private LetterMother(LetterDirection direction, UUID counterpartId) {
        this.direction = direction;
        this.counterpartId = counterpartId;
    }

    /** An outgoing letter that expects an answer under RU-59-FZ, sent on 3 October 2024. */
    public static LetterMother outgoing(UUID counterpartId) {
        return new LetterMother(LetterDirection.OUTGOING, counterpartId).registeredOn(LocalDate.of(2024, 10, 2))
                .signedOn(LocalDate.of(2024, 10, 2)).sentOn(LocalDate.of(2024, 10, 3)).under("RU-59-FZ");
    }

    /** An incoming letter with the sender's reference, dated 1 November 2024 and received on 8 November. */
    public static LetterMother incoming(UUID counterpartId) {
        return new LetterMother(LetterDirection.INCOMING, counterpartId).registeredOn(LocalDate.of(2024, 11, 8))
                .theirs("01-" + CounterpartMother.marker(), LocalDate.of(2024, 11, 1))
                .receivedOn(LocalDate.of(2024, 11, 8));
    }

    public LetterMother registeredOn(LocalDate date) {
        this.registeredOn = date;
        return this;
    }

    public LetterMother theirs(String reference, LocalDate date) {
        this.theirReference = reference;
        this.theirDate = date;
        return this;
    }

    public LetterMother signedOn(LocalDate date) {
        this.signedOn = date;
        return this;
    }

    public LetterMother sentOn(LocalDate date) {
        this.sentOn = date;
        return this;
    }

    public LetterMother deliveredOn(LocalDate date) {
        this.deliveredOn = date;
        return this;
    }

    public LetterMother receivedOn(LocalDate date) {
        this.receivedOn = date;
        return this;
    }

    public LetterMother subject(String subject) {
        this.subject = subject;
        return this;
    }

    public LetterMother in(String language) {
        this.language = language;
        return this;
    }

    public LetterMother under(String rule) {
        this.expectsReply = true;
        this.rule = rule;
        return this;
    }

    public LetterMother replyBy(LocalDate date) {
        this.expectsReply = true;
        this.rule = ReplyDeadlines.BY_HAND;
        this.byHand = date;
        return this;
    }

    /** An incoming letter whose sender expects our answer, due under our own country's rule. */
    public LetterMother expectingOurAnswer() {
        this.expectsReply = true;
        this.rule = null;
        return this;
    }

    public LetterMother noReplyExpected() {
        this.expectsReply = false;
        this.rule = null;
        return this;
    }

    public LetterMother recipientRegisteredOn(LocalDate date) {
        this.recipientRegisteredOn = date;
        return this;
    }

    public LetterMother extendedBy(int days, LocalDate noticeOn) {
        this.extensions.add(new ReplyDeadlineExtension(noticeOn, days));
        return this;
    }

    public LetterMother answering(UUID letter, ReplyDeadlineOutcomeKind kind) {
        this.inReplyTo = letter;
        this.answerKind = kind;
        return this;
    }

    public LetterMother followingUp(UUID letter) {
        this.followsUp = letter;
        return this;
    }

    public LetterMother about(UUID person) {
        this.persons.add(person);
        return this;
    }

    public LetterMother at(UUID place) {
        this.places.add(place);
        return this;
    }

    public LetterMother ownedBy(String username) {
        this.owner = username;
        return this;
    }

    public LetterMother level(Confidentiality level, UUID team) {
        this.confidentiality = level;
        this.team = team;
        return this;
    }

    public LetterDetails details() {
        return new LetterDetails(counterpartId, theirReference, theirDate, signedOn, sentOn, deliveredOn, receivedOn,
                "POST", "А. Ҳасанзода", subject, "Краткое содержание", "Текст письма", language, inReplyTo,
                followsUp, expectsReply, rule, byHand, recipientRegisteredOn, extensions, persons, places, List.of(),
                owner, confidentiality, team);
    }

    public RegisterLetter register() {
        return new RegisterLetter(direction, registeredOn, details(), answerKind);
    }
}
