package org.huquq.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineState;

/** A reminder as its recipient sees it: which letter, which state it reached, and whether it was read. */
public record ReminderView(UUID id, UUID letterId, String reference, String subject, UUID counterpartId,
        ReplyDeadlineState state, LocalDate replyBy, Instant createdAt, Instant readAt) {
}
