package org.huquq.deadlines;

import java.time.LocalDate;

/** One recorded outcome of an outgoing letter and the day it happened (for an answer: the answer's date). */
public record ReplyDeadlineOutcome(ReplyDeadlineOutcomeKind kind, LocalDate on) {

    public ReplyDeadlineOutcome {
        if (kind == null || on == null) {
            throw new IllegalArgumentException("an outcome needs a kind and a date");
        }
    }
}
