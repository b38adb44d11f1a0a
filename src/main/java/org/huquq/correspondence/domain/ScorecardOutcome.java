package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;

/** An outcome recorded on a letter, as a scorecard reads it. */
public record ScorecardOutcome(UUID letterId, ReplyDeadlineOutcomeKind kind, LocalDate on) {

    public ReplyDeadlineOutcome toOutcome() {
        return new ReplyDeadlineOutcome(kind, on);
    }
}
