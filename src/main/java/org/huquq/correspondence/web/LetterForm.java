package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.correspondence.FollowUpDraft;
import org.huquq.correspondence.LetterDetails;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterView;
import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.shared.Confidentiality;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The letter form as the browser posts it. Other records are named by the references people read off their pages:
 * the counterpart (INST-000012), the letter answered or followed up (OUT-2024-0153). The form offers one extension,
 * which is all 59-FZ allows; the API takes any number.
 */
public class LetterForm {

    @NotNull(message = "{web.validation.required}")
    private LetterDirection direction = LetterDirection.OUTGOING;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate registeredOn;
    /** Checked by the module (required), after the picker has taken what was typed. */
    private UUID counterpartId;
    /** Name or number typed to find the counterpart; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String counterpartQuery;
    @Size(max = 100, message = "{web.validation.tooLong}")
    private String theirReference;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate theirDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate signedOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate sentOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deliveredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate receivedOn;
    @NotBlank(message = "{web.validation.required}")
    private String channel;
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String signatory;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 500, message = "{web.validation.tooLong}")
    private String subject;
    @Size(max = 4000, message = "{web.validation.tooLong}")
    private String summary;
    @Size(max = 200000, message = "{web.validation.tooLong}")
    private String body;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 8, message = "{web.validation.tooLong}")
    private String language;
    private UUID inReplyToId;
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String inReplyToQuery;
    private ReplyDeadlineOutcomeKind answerKind;
    private UUID followsUpId;
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String followsUpQuery;
    private boolean expectsReply;
    private String replyRule;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate replyBySetByHand;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recipientRegisteredOn;
    private Integer extensionDays;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate extensionNoticeOn;
    private List<UUID> personIds = new ArrayList<>();
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String personQuery;
    private List<UUID> placeIds = new ArrayList<>();
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String placeQuery;
    private String owner;
    @NotNull(message = "{web.validation.required}")
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID teamId;
    private long version;

    /** The form filled with a letter's facts, to correct them. */
    static LetterForm of(LetterView letter) {
        LetterForm form = new LetterForm();
        form.direction = letter.direction();
        form.registeredOn = letter.registeredOn();
        form.counterpartId = letter.counterpartId();
        form.theirReference = letter.theirReference();
        form.theirDate = letter.theirDate();
        form.signedOn = letter.signedOn();
        form.sentOn = letter.sentOn();
        form.deliveredOn = letter.deliveredOn();
        form.receivedOn = letter.receivedOn();
        form.channel = letter.channel();
        form.signatory = letter.signatory();
        form.subject = letter.subject();
        form.summary = letter.summary();
        form.body = letter.body();
        form.language = letter.language();
        form.inReplyToId = letter.inReplyToId();
        form.followsUpId = letter.followsUpId();
        form.expectsReply = letter.expectsReply();
        form.replyRule = letter.replyRule();
        form.replyBySetByHand = letter.replyBySetByHand();
        form.recipientRegisteredOn = letter.recipientRegisteredOn();
        if (!letter.extensions().isEmpty()) {
            form.extensionDays = letter.extensions().get(0).days();
            form.extensionNoticeOn = letter.extensions().get(0).noticeOn();
        }
        form.personIds = new ArrayList<>(letter.personIds());
        form.placeIds = new ArrayList<>(letter.placeIds());
        form.owner = letter.owner();
        form.confidentiality = letter.confidentiality();
        form.teamId = letter.teamId();
        form.version = letter.version();
        return form;
    }

    /** Fills a new outgoing letter's form from a drafted follow-up, dated today, expecting an answer. */
    static void draftedFrom(LetterForm form, FollowUpDraft draft) {
        form.direction = LetterDirection.OUTGOING;
        form.registeredOn = LocalDate.now();
        form.counterpartId = draft.counterpartId();
        form.language = draft.language();
        form.subject = draft.subject();
        form.body = draft.body();
        form.followsUpId = draft.followsUpId();
        form.expectsReply = true;
        form.replyRule = draft.replyRule();
    }

    /**
     * The details the form states; the letters it links to besides those it answers or follows up are not on the
     * form and are given ({@code letterIds}).
     */
    LetterDetails toDetails(List<UUID> letterIds) {
        List<ReplyDeadlineExtension> extensions = extensionDays == null && extensionNoticeOn == null ? List.of()
                : List.of(new ReplyDeadlineExtension(extensionNoticeOn, extensionDays));
        return new LetterDetails(counterpartId, theirReference, theirDate, signedOn, sentOn, deliveredOn, receivedOn,
                channel, signatory, subject, summary, body, language, inReplyToId, followsUpId, expectsReply,
                expectsReply ? replyRule : null, replyBySetByHand, recipientRegisteredOn, extensions, personIds,
                placeIds, letterIds, owner, confidentiality, teamId);
    }

    /** The form field that shows a problem the module reports on a details field. */
    static String formField(String field) {
        if (field.startsWith("extensions")) {
            return field.endsWith("noticeOn") ? "extensionNoticeOn" : "extensionDays";
        }
        return field;
    }

    public LetterDirection getDirection() {
        return direction;
    }

    public void setDirection(LetterDirection direction) {
        this.direction = direction;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
    }

    public UUID getCounterpartId() {
        return counterpartId;
    }

    public void setCounterpartId(UUID counterpartId) {
        this.counterpartId = counterpartId;
    }

    public String getCounterpartQuery() {
        return counterpartQuery;
    }

    public void setCounterpartQuery(String counterpartQuery) {
        this.counterpartQuery = counterpartQuery;
    }

    public String getTheirReference() {
        return theirReference;
    }

    public void setTheirReference(String theirReference) {
        this.theirReference = theirReference;
    }

    public LocalDate getTheirDate() {
        return theirDate;
    }

    public void setTheirDate(LocalDate theirDate) {
        this.theirDate = theirDate;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate signedOn) {
        this.signedOn = signedOn;
    }

    public LocalDate getSentOn() {
        return sentOn;
    }

    public void setSentOn(LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getSignatory() {
        return signatory;
    }

    public void setSignatory(String signatory) {
        this.signatory = signatory;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public UUID getInReplyToId() {
        return inReplyToId;
    }

    public void setInReplyToId(UUID inReplyToId) {
        this.inReplyToId = inReplyToId;
    }

    public String getInReplyToQuery() {
        return inReplyToQuery;
    }

    public void setInReplyToQuery(String inReplyToQuery) {
        this.inReplyToQuery = inReplyToQuery;
    }

    public ReplyDeadlineOutcomeKind getAnswerKind() {
        return answerKind;
    }

    public void setAnswerKind(ReplyDeadlineOutcomeKind answerKind) {
        this.answerKind = answerKind;
    }

    public UUID getFollowsUpId() {
        return followsUpId;
    }

    public void setFollowsUpId(UUID followsUpId) {
        this.followsUpId = followsUpId;
    }

    public String getFollowsUpQuery() {
        return followsUpQuery;
    }

    public void setFollowsUpQuery(String followsUpQuery) {
        this.followsUpQuery = followsUpQuery;
    }

    public boolean isExpectsReply() {
        return expectsReply;
    }

    public void setExpectsReply(boolean expectsReply) {
        this.expectsReply = expectsReply;
    }

    public String getReplyRule() {
        return replyRule;
    }

    public void setReplyRule(String replyRule) {
        this.replyRule = replyRule;
    }

    public LocalDate getReplyBySetByHand() {
        return replyBySetByHand;
    }

    public void setReplyBySetByHand(LocalDate replyBySetByHand) {
        this.replyBySetByHand = replyBySetByHand;
    }

    public LocalDate getRecipientRegisteredOn() {
        return recipientRegisteredOn;
    }

    public void setRecipientRegisteredOn(LocalDate recipientRegisteredOn) {
        this.recipientRegisteredOn = recipientRegisteredOn;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public void setExtensionDays(Integer extensionDays) {
        this.extensionDays = extensionDays;
    }

    public LocalDate getExtensionNoticeOn() {
        return extensionNoticeOn;
    }

    public void setExtensionNoticeOn(LocalDate extensionNoticeOn) {
        this.extensionNoticeOn = extensionNoticeOn;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public void setConfidentiality(Confidentiality confidentiality) {
        this.confidentiality = confidentiality;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public void setTeamId(UUID teamId) {
        this.teamId = teamId;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<UUID> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<UUID> personIds) {
        this.personIds = personIds;
    }

    public String getPersonQuery() {
        return personQuery;
    }

    public void setPersonQuery(String personQuery) {
        this.personQuery = personQuery;
    }

    public List<UUID> getPlaceIds() {
        return placeIds;
    }

    public void setPlaceIds(List<UUID> placeIds) {
        this.placeIds = placeIds;
    }

    public String getPlaceQuery() {
        return placeQuery;
    }

    public void setPlaceQuery(String placeQuery) {
        this.placeQuery = placeQuery;
    }
}
