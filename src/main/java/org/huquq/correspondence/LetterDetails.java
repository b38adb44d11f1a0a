package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.shared.Confidentiality;

/**
 * The facts of a letter that people state and may correct. Dates are those of the letter's life: signed, sent,
 * delivered to the recipient (outgoing) or received by us (incoming). For a letter that expects an answer,
 * {@code replyRule} names the rule its reply-by date is computed from ({@link ReplyDeadlines#BY_HAND} with
 * {@code replyBySetByHand}). For an outgoing letter the answer is theirs, and {@code recipientRegisteredOn} and
 * {@code extensions} are what the recipient told us. For an incoming letter the answer is ours: the rule is that of
 * the letters received in our country ({@link org.huquq.deadlines.ReplyRuleManagement#defaultForReceived}) when none is
 * named, and {@code extensions} are those we granted ourselves.
 *
 * @param counterpartId the recipient (outgoing) or the sender (incoming)
 * @param theirReference the other side's number for the letter (the sender's for an incoming one)
 * @param theirDate the date the other side gave the letter
 * @param inReplyToId the letter this one answers
 * @param followsUpId an earlier letter of ours this one follows up (a reminder), which puts it in the same chain
 * @param expectsReply for an outgoing letter, that we expect their answer; for an incoming one, that they expect ours
 * @param owner the user who follows the letter and is reminded when it is overdue; the registering user when blank
 */
public record LetterDetails(UUID counterpartId, @Size(max = 100) String theirReference, LocalDate theirDate,
        LocalDate signedOn, LocalDate sentOn, LocalDate deliveredOn, LocalDate receivedOn, String channel,
        @Size(max = 200) String signatory, @Size(max = 500) String subject, @Size(max = 4000) String summary,
        @Size(max = 200_000) String body, String language, UUID inReplyToId, UUID followsUpId,
        boolean expectsReply, String replyRule, LocalDate replyBySetByHand, LocalDate recipientRegisteredOn,
        List<ReplyDeadlineExtension> extensions, List<UUID> personIds, List<UUID> placeIds, List<UUID> letterIds,
        String owner, Confidentiality confidentiality, UUID teamId) {

    public LetterDetails {
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
        personIds = personIds == null ? List.of() : List.copyOf(personIds);
        placeIds = placeIds == null ? List.of() : List.copyOf(placeIds);
        letterIds = letterIds == null ? List.of() : List.copyOf(letterIds);
        confidentiality = confidentiality == null ? Confidentiality.INTERNAL : confidentiality;
    }

    /** The same facts with other reply tracking: whether an answer is expected, under which rule, by when. */
    public LetterDetails withReply(boolean expects, String rule, LocalDate setByHand,
            List<ReplyDeadlineExtension> granted) {
        return new LetterDetails(counterpartId, theirReference, theirDate, signedOn, sentOn, deliveredOn, receivedOn,
                channel, signatory, subject, summary, body, language, inReplyToId, followsUpId, expects, rule,
                setByHand, recipientRegisteredOn, granted, personIds, placeIds, letterIds, owner, confidentiality,
                teamId);
    }

    /** The same facts, linked to these persons and places. */
    public LetterDetails concerning(List<UUID> persons, List<UUID> places) {
        return new LetterDetails(counterpartId, theirReference, theirDate, signedOn, sentOn, deliveredOn, receivedOn,
                channel, signatory, subject, summary, body, language, inReplyToId, followsUpId, expectsReply,
                replyRule, replyBySetByHand, recipientRegisteredOn, extensions, persons, places, letterIds, owner,
                confidentiality, teamId);
    }
}
