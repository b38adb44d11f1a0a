package org.huquq.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineOutcomeKind;

/** An outcome recorded on an outgoing letter. */
public record LetterOutcomeView(ReplyDeadlineOutcomeKind kind, LocalDate on, String note, UUID answerLetterId,
        Instant recordedAt, String recordedBy) {
}
