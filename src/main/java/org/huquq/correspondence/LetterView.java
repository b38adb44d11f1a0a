package org.huquq.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadline;
import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineStatus;
import org.huquq.shared.Confidentiality;

/**
 * A letter as pages and the API show it. {@code replyDeadline} and {@code replyStatus} are derived on reading
 * (null for a letter that expects no answer); {@code replyStatus} is the state on the day of reading.
 */
public record LetterView(UUID id, String reference, LetterDirection direction, LocalDate registeredOn,
        UUID counterpartId, String theirReference, LocalDate theirDate, LocalDate signedOn, LocalDate sentOn,
        LocalDate deliveredOn, LocalDate receivedOn, String channel, String signatory, String subject,
        String summary, String body, String language, UUID inReplyToId, UUID followsUpId, UUID threadId,
        boolean expectsReply, String replyRule, LocalDate replyBySetByHand, LocalDate recipientRegisteredOn,
        List<ReplyDeadlineExtension> extensions, List<LetterOutcomeView> outcomes,
        List<LetterTranslationView> translations, List<LetterAttachmentView> attachments, List<UUID> personIds,
        List<UUID> placeIds, List<UUID> letterIds, ReplyDeadline replyDeadline, ReplyDeadlineStatus replyStatus,
        String owner, Confidentiality confidentiality, UUID teamId, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy, long version) {

    /** The facts as a details record, to change some of them. */
    public LetterDetails details() {
        return new LetterDetails(counterpartId, theirReference, theirDate, signedOn, sentOn, deliveredOn,
                receivedOn, channel, signatory, subject, summary, body, language, inReplyToId, followsUpId,
                expectsReply, replyRule, replyBySetByHand, recipientRegisteredOn, extensions, personIds, placeIds,
                letterIds, owner, confidentiality, teamId);
    }

    /** The date the letter went out under the other side's or our date: sent, else signed, else their date. */
    public LocalDate datedOn() {
        return sentOn != null ? sentOn : signedOn != null ? signedOn : theirDate;
    }
}
