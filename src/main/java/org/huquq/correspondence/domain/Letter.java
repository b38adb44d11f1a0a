package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.huquq.correspondence.LetterDetails;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterLinkKind;
import org.huquq.correspondence.LetterSummary;
import org.huquq.correspondence.LetterTranslationView;
import org.huquq.correspondence.LetterView;
import org.huquq.deadlines.ReplyDeadline;
import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineFacts;
import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlineStatus;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;
import org.huquq.shared.Protected;
import org.huquq.shared.search.LatinKey;
import org.huquq.shared.search.SearchAnalysis;

/**
 * A letter in one institution's registry, outgoing or incoming. Its registry number and direction never change.
 * Reply tracking keeps facts (rule, dates, extensions, outcomes): of the answer we await to an outgoing letter, or of
 * the answer we owe to an incoming one. {@code replyBy} and {@code awaitingReplyBy} are
 * derived from them by the module whenever they change and stored only so that lists can be queried by them.
 */
@Entity
@Indexed(index = "letter")
public class Letter extends ChangeTracked implements Protected {

    @Id
    @GenericField
    private UUID id;

    @Column(nullable = false)
    @GenericField
    private UUID institutionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private LetterDirection direction;

    @Column(nullable = false)
    @KeywordField(normalizer = SearchAnalysis.KEYWORD)
    @FullTextField(name = "reference_parts", analyzer = SearchAnalysis.NAME)
    private String reference;

    @Column(nullable = false)
    @GenericField(sortable = Sortable.YES)
    private LocalDate registeredOn;

    @Column(nullable = false)
    @GenericField
    private UUID counterpartId;

    @KeywordField(normalizer = SearchAnalysis.KEYWORD)
    @FullTextField(name = "theirReference_parts", analyzer = SearchAnalysis.NAME)
    private String theirReference;

    private LocalDate theirDate;
    private LocalDate signedOn;
    private LocalDate sentOn;
    private LocalDate deliveredOn;
    private LocalDate receivedOn;

    @Column(nullable = false)
    private String channel;

    private String signatory;

    @Column(nullable = false)
    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String subject;

    @FullTextField(analyzer = SearchAnalysis.NAME)
    private String summary;

    private String body;

    @Column(nullable = false)
    private String language;

    private UUID inReplyToId;
    private UUID followsUpId;

    @Column(nullable = false)
    private UUID threadId;

    @Column(nullable = false)
    private boolean expectsReply;

    private String replyRule;
    private LocalDate replyBySetByHand;
    private LocalDate recipientRegisteredOn;
    private LocalDate replyBy;
    private LocalDate awaitingReplyBy;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "letter_extension", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "list_index")
    private List<LetterExtension> extensions = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "letter_outcome", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "list_index")
    private List<LetterOutcome> outcomes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "letter_translation", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "list_index")
    private List<LetterTranslation> translations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "letter_attachment", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "list_index")
    private List<LetterAttachment> attachments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "letter_link", joinColumns = @JoinColumn(name = "letter_id"))
    @OrderColumn(name = "list_index")
    private List<LetterLink> links = new ArrayList<>();

    @Column(nullable = false)
    private String owner;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @KeywordField
    private Confidentiality confidentiality;

    @GenericField
    private UUID teamId;


    protected Letter() {
    }

    /** A new letter from details already normalised and checked by the module. */
    public Letter(UUID id, UUID institutionId, LetterDirection direction, String reference, LocalDate registeredOn,
            LetterDetails details, UUID threadId, String by) {
        this.id = id;
        this.institutionId = institutionId;
        this.direction = direction;
        this.reference = reference;
        this.registeredOn = registeredOn;
        created(by);
        apply(details, threadId, by);
    }

    /** A fresh id for a letter about to be registered (time-ordered, like every id). */
    public static UUID newId() {
        return Ids.next();
    }

    /** Replaces every stated fact with {@code details} (normalised and checked by the module). */
    public void apply(LetterDetails details, UUID threadId, String by) {
        this.counterpartId = details.counterpartId();
        this.theirReference = details.theirReference();
        this.theirDate = details.theirDate();
        this.signedOn = details.signedOn();
        this.sentOn = details.sentOn();
        this.deliveredOn = details.deliveredOn();
        this.receivedOn = details.receivedOn();
        this.channel = details.channel();
        this.signatory = details.signatory();
        this.subject = details.subject();
        this.summary = details.summary();
        this.body = details.body();
        this.language = details.language();
        this.inReplyToId = details.inReplyToId();
        this.followsUpId = details.followsUpId();
        this.threadId = threadId;
        this.expectsReply = details.expectsReply();
        this.replyRule = details.expectsReply() ? details.replyRule() : null;
        this.replyBySetByHand = details.expectsReply() ? details.replyBySetByHand() : null;
        this.recipientRegisteredOn = details.recipientRegisteredOn();
        this.extensions.clear();
        details.extensions().forEach(e -> extensions.add(new LetterExtension(e)));
        this.links.clear();
        details.personIds().forEach(target -> links.add(new LetterLink(LetterLinkKind.PERSON, target)));
        details.placeIds().forEach(target -> links.add(new LetterLink(LetterLinkKind.PLACE, target)));
        details.letterIds().forEach(target -> links.add(new LetterLink(LetterLinkKind.LETTER, target)));
        this.owner = details.owner();
        this.confidentiality = details.confidentiality();
        this.teamId = details.teamId();
        touched(by);
    }

    /** Moves the letter into another chain (when an earlier letter of its chain moved). */
    public void moveToThread(UUID threadId) {
        this.threadId = threadId;
    }

    public void recordOutcome(ReplyDeadlineOutcomeKind kind, LocalDate on, String note, UUID answerLetterId,
            String by) {
        outcomes.add(new LetterOutcome(kind, on, note, answerLetterId, by));
        touched(by);
    }

    public void addTranslation(LetterTranslationView translation, String by) {
        translations.add(new LetterTranslation(translation));
        touched(by);
    }

    public void addAttachment(String fileName, String sha256, long size, String mediaType, String by) {
        attachments.add(new LetterAttachment(fileName, sha256, size, mediaType, by));
        touched(by);
    }

    /**
     * Stores the derived reply-by date and whether an answer is still awaited ({@code respondedOn} null), so that the
     * overdue list can be queried; called by the module after every change of the facts they derive from.
     */
    public void derived(LocalDate replyBy, LocalDate respondedOn) {
        this.replyBy = expectsReply ? replyBy : null;
        this.awaitingReplyBy = expectsReply && respondedOn == null ? replyBy : null;
    }

    /**
     * The facts the reply-by date is computed from (see {@link #replyFacts(LetterDirection, LetterDetails, LocalDate,
     * LocalDate)}); the forwarding date is the first recorded forwarding.
     */
    public ReplyDeadlineFacts replyFacts() {
        LocalDate forwardedOn = outcomes.stream().map(LetterOutcome::toOutcome)
                .filter(o -> o.kind() == ReplyDeadlineOutcomeKind.FORWARDED).map(ReplyDeadlineOutcome::on)
                .min(LocalDate::compareTo).orElse(null);
        return replyFacts(direction, sentOn, theirDate, deliveredOn, receivedOn, recipientRegisteredOn, registeredOn,
                extensions.stream().map(LetterExtension::toExtension).toList(), forwardedOn, replyBySetByHand);
    }

    /**
     * What a reply rule is applied to, for a letter with these details. Ours (outgoing): sent, delivered to the
     * recipient and registered by it, as far as it told us. Theirs (incoming), whose answer we owe: we are the
     * recipient, so its delivery is our receipt (at the latest the day we registered it) and its registration ours,
     * both known; it counts as sent on its sent date, else the date it bears, else the day we received it.
     */
    public static ReplyDeadlineFacts replyFacts(LetterDirection direction, LetterDetails details,
            LocalDate registeredOn, LocalDate forwardedOn) {
        return replyFacts(direction, details.sentOn(), details.theirDate(), details.deliveredOn(),
                details.receivedOn(), details.recipientRegisteredOn(), registeredOn, details.extensions(),
                forwardedOn, details.replyBySetByHand());
    }

    private static ReplyDeadlineFacts replyFacts(LetterDirection direction, LocalDate sentOn, LocalDate theirDate,
            LocalDate deliveredOn, LocalDate receivedOn, LocalDate recipientRegisteredOn, LocalDate registeredOn,
            List<ReplyDeadlineExtension> extensions, LocalDate forwardedOn, LocalDate setByHand) {
        if (direction == LetterDirection.OUTGOING) {
            return new ReplyDeadlineFacts(sentOn, deliveredOn, recipientRegisteredOn, extensions, forwardedOn,
                    setByHand);
        }
        LocalDate received = receivedOn != null ? receivedOn : registeredOn;
        LocalDate dated = sentOn != null ? sentOn : theirDate != null ? theirDate : received;
        return new ReplyDeadlineFacts(dated, received, registeredOn, extensions, forwardedOn, setByHand);
    }

    public List<ReplyDeadlineOutcome> outcomes() {
        return outcomes.stream().map(LetterOutcome::toOutcome).toList();
    }

    public boolean hasTranslationIn(String language) {
        return translations.stream().anyMatch(t -> t.language().equals(language));
    }

    public List<UUID> linked(LetterLinkKind kind) {
        return links.stream().filter(link -> link.is(kind)).map(LetterLink::targetId).toList();
    }

    public LetterView toView(ReplyDeadline deadline, ReplyDeadlineStatus status) {
        return new LetterView(id, reference, direction, registeredOn, counterpartId, theirReference, theirDate,
                signedOn, sentOn, deliveredOn, receivedOn, channel, signatory, subject, summary, body, language,
                inReplyToId, followsUpId, threadId, expectsReply, replyRule, replyBySetByHand,
                recipientRegisteredOn, extensions.stream().map(LetterExtension::toExtension).toList(),
                outcomes.stream().map(LetterOutcome::toView).toList(),
                translations.stream().map(LetterTranslation::toView).toList(),
                IntStream.range(0, attachments.size()).mapToObj(i -> attachments.get(i).toView(i)).toList(),
                linked(LetterLinkKind.PERSON), linked(LetterLinkKind.PLACE), linked(LetterLinkKind.LETTER),
                deadline, status, owner, confidentiality, teamId, createdAt, createdBy, updatedAt, updatedBy,
                version);
    }

    public LetterSummary toSummary(ReplyDeadlineStatus status) {
        return new LetterSummary(id, reference, direction, registeredOn, counterpartId, theirReference, sentOn,
                receivedOn, subject, replyBy, status == null ? null : status.state(),
                status == null ? 0 : status.daysPastReplyBy(), owner, confidentiality);
    }

    /**
     * The subject and summary folded to their Latin keys, so that "Krokus" finds "Крокус" and "Ҷамшед" finds
     * "Jamshed".
     */
    @FullTextField(name = "text_latin", analyzer = SearchAnalysis.NAME)
    @FullTextField(name = "text_latin_prefix", analyzer = SearchAnalysis.NAME_PREFIX,
            searchAnalyzer = SearchAnalysis.NAME)
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW, derivedFrom = {
            @ObjectPath(@PropertyValue(propertyName = "subject")),
            @ObjectPath(@PropertyValue(propertyName = "summary")) })
    public String getLatinText() {
        return LatinKey.of(subject) + " " + LatinKey.of(summary);
    }

    public UUID getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public LetterDirection getDirection() {
        return direction;
    }

    /** The reply-by date while an answer is awaited, {@code null} once one is recorded (the overdue list's order). */
    public LocalDate getAwaitingReplyBy() {
        return awaitingReplyBy;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public UUID getCounterpartId() {
        return counterpartId;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    /** The date the letter bears: sent, else signed, else the other side's date. */
    public LocalDate datedOn() {
        return sentOn != null ? sentOn : signedOn != null ? signedOn : theirDate;
    }

    public UUID getInReplyToId() {
        return inReplyToId;
    }

    public UUID getFollowsUpId() {
        return followsUpId;
    }

    public UUID getThreadId() {
        return threadId;
    }

    public boolean expectsReply() {
        return expectsReply;
    }

    public String getReplyRule() {
        return replyRule;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    /** True while an answer is awaited (ours to their letter, or theirs to ours). */
    public boolean isAwaitingAnswer() {
        return awaitingReplyBy != null;
    }

    public List<ReplyDeadlineExtension> extensions() {
        return extensions.stream().map(LetterExtension::toExtension).toList();
    }

    public LocalDate getReplyBySetByHand() {
        return replyBySetByHand;
    }

    public String getLanguage() {
        return language;
    }

    public String getOwner() {
        return owner;
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
