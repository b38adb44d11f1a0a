package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.shared.Confidentiality;

/**
 * A letter in a list: enough to recognise it and see where its answer stands. {@code state} is the reply state on
 * the list's day, null for a letter that expects no answer.
 */
public record LetterSummary(UUID id, String reference, LetterDirection direction, LocalDate registeredOn,
        UUID counterpartId, String theirReference, LocalDate sentOn, LocalDate receivedOn, String subject,
        LocalDate replyBy, ReplyDeadlineState state, long daysPastReplyBy, String owner,
        Confidentiality confidentiality) {
}
