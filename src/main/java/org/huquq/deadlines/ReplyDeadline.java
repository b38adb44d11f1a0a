package org.huquq.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed reply-by date and how it was reached. Derived from the rule and the letter's facts, never a fact
 * itself: a letter stores its facts and the rule's code, and computes this again when a fact changes.
 *
 * @param ruleCode the rule applied, or {@link ReplyDeadlines#BY_HAND}
 * @param replyBy the last day on which an answer is on time
 * @param countedFrom the day the answer period was counted from
 * @param deliveryAssumed true when the delivery date was not known and was assumed from the rule's days in transit
 * @param registrationAssumed true when the registration date was not known and was assumed as the last day of the
 *        rule's registration period
 * @param forwardBy the last day on which the recipient could forward the letter, when the rule has a forwarding
 *        period and the letter was forwarded
 * @param steps the explanation, in order
 */
public record ReplyDeadline(String ruleCode, LocalDate replyBy, LocalDate countedFrom, boolean deliveryAssumed,
        boolean registrationAssumed, LocalDate forwardBy, List<ReplyDeadlineStep> steps) {

    public ReplyDeadline {
        steps = List.copyOf(steps);
    }

    /** True when the date rests on an assumed delivery or registration date: recording the real one may move it. */
    public boolean assumed() {
        return deliveryAssumed || registrationAssumed;
    }
}
