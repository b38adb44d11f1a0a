package org.huquq.correspondence.web;

import java.time.LocalDate;
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
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 20, message = "{web.validation.tooLong}")
    private String counterpartReference;
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
    @Size(max = 20, message = "{web.validation.tooLong}")
    private String inReplyToReference;
    private ReplyDeadlineOutcomeKind answerKind;
    @Size(max = 20, message = "{web.validation.tooLong}")
    private String followsUpReference;
    private boolean expectsReply;
    private String replyRule;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate replyBySetByHand;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate recipientRegisteredOn;
    private Integer extensionDays;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate extensionNoticeOn;
    @Size(max = 2000, message = "{web.validation.tooLong}")
    private String personReferences;
    @Size(max = 2000, message = "{web.validation.tooLong}")
    private String placeCodes;
    private String owner;
    @NotNull(message = "{web.validation.required}")
    private Confidentiality confidentiality = Confidentiality.INTERNAL;
    private UUID teamId;
    private long version;

    /** The form filled with a letter's facts, to correct them. */
    static LetterForm of(LetterView letter, String counterpartReference, String inReplyToReference,
            String followsUpReference, List<String> personReferences, List<String> placeCodes) {
        LetterForm form = new LetterForm();
        form.direction = letter.direction();
        form.registeredOn = letter.registeredOn();
        form.counterpartReference = counterpartReference;
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
        form.inReplyToReference = inReplyToReference;
        form.followsUpReference = followsUpReference;
        form.expectsReply = letter.expectsReply();
        form.replyRule = letter.replyRule();
        form.replyBySetByHand = letter.replyBySetByHand();
        form.recipientRegisteredOn = letter.recipientRegisteredOn();
        if (!letter.extensions().isEmpty()) {
            form.extensionDays = letter.extensions().get(0).days();
            form.extensionNoticeOn = letter.extensions().get(0).noticeOn();
        }
        form.personReferences = String.join("\n", personReferences);
        form.placeCodes = String.join("\n", placeCodes);
        form.owner = letter.owner();
        form.confidentiality = letter.confidentiality();
        form.teamId = letter.teamId();
        form.version = letter.version();
        return form;
    }

    /** Fills a new outgoing letter's form from a drafted follow-up, dated today, expecting an answer. */
    static void draftedFrom(LetterForm form, FollowUpDraft draft, String counterpartReference) {
        form.direction = LetterDirection.OUTGOING;
        form.registeredOn = LocalDate.now();
        form.counterpartReference = counterpartReference;
        form.language = draft.language();
        form.subject = draft.subject();
        form.body = draft.body();
        form.followsUpReference = draft.followsUpReference();
        form.expectsReply = true;
        form.replyRule = draft.replyRule();
    }

    /**
     * The details the form states, with the ids its references resolved to; the linked persons, places and letters
     * are given, since the form names some of them by reference and keeps the others.
     */
    LetterDetails toDetails(UUID counterpartId, UUID inReplyToId, UUID followsUpId, List<UUID> personIds,
            List<UUID> placeIds, List<UUID> letterIds) {
        List<ReplyDeadlineExtension> extensions = extensionDays == null && extensionNoticeOn == null ? List.of()
                : List.of(new ReplyDeadlineExtension(extensionNoticeOn, extensionDays));
        return new LetterDetails(counterpartId, theirReference, theirDate, signedOn, sentOn, deliveredOn, receivedOn,
                channel, signatory, subject, summary, body, language, inReplyToId, followsUpId, expectsReply,
                expectsReply ? replyRule : null, replyBySetByHand, recipientRegisteredOn, extensions, personIds,
                placeIds, letterIds, owner, confidentiality, teamId);
    }

    /** The entries of a list field: one per line or separated by commas, blanks dropped. */
    static List<String> entries(String text) {
        return text == null ? List.of()
                : java.util.Arrays.stream(text.split("[\\n,;]")).map(String::strip).filter(e -> !e.isEmpty())
                        .distinct().toList();
    }

    /** The form field that shows a problem the module reports on a details field. */
    static String formField(String field) {
        if (field.startsWith("extensions")) {
            return field.endsWith("noticeOn") ? "extensionNoticeOn" : "extensionDays";
        }
        return switch (field) {
            case "counterpartId" -> "counterpartReference";
            case "inReplyToId" -> "inReplyToReference";
            case "followsUpId" -> "followsUpReference";
            default -> field;
        };
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

    public String getCounterpartReference() {
        return counterpartReference;
    }

    public void setCounterpartReference(String counterpartReference) {
        this.counterpartReference = counterpartReference;
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

    public String getInReplyToReference() {
        return inReplyToReference;
    }

    public void setInReplyToReference(String inReplyToReference) {
        this.inReplyToReference = inReplyToReference;
    }

    public ReplyDeadlineOutcomeKind getAnswerKind() {
        return answerKind;
    }

    public void setAnswerKind(ReplyDeadlineOutcomeKind answerKind) {
        this.answerKind = answerKind;
    }

    public String getFollowsUpReference() {
        return followsUpReference;
    }

    public void setFollowsUpReference(String followsUpReference) {
        this.followsUpReference = followsUpReference;
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

    public String getPersonReferences() {
        return personReferences;
    }

    public void setPersonReferences(String personReferences) {
        this.personReferences = personReferences;
    }

    public String getPlaceCodes() {
        return placeCodes;
    }

    public void setPlaceCodes(String placeCodes) {
        this.placeCodes = placeCodes;
    }
}
