package org.huquq.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineState;

/**
 * A reminder as its recipient sees it: which letter, whose answer is late (theirs to our {@code OUTGOING} letter, or
 * ours to their {@code INCOMING} one), which state it reached, and whether it was read.
 */
public record ReminderView(UUID id, UUID letterId, String reference, LetterDirection direction, String subject,
        UUID counterpartId, ReplyDeadlineState state, LocalDate replyBy, Instant createdAt, Instant readAt) {
}
