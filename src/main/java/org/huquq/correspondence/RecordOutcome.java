package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.deadlines.ReplyDeadlineOutcomeKind;

/**
 * What happened to an outgoing letter's request for an answer, as a person records it.
 *
 * @param on the day it happened (for an answer: the answer's date)
 * @param answerLetterId the incoming letter that carried it, if any
 */
public record RecordOutcome(@NotNull ReplyDeadlineOutcomeKind kind, @NotNull LocalDate on,
        @Size(max = 1000) String note, UUID answerLetterId) {
}
