package org.huquq.deadlines;

/** The state of an outgoing letter's reply on a given day, derived from its reply-by date and outcomes. */
public enum ReplyDeadlineState {
    /** No answer yet, and the reply-by date has not passed (or there is none). */
    AWAITING,
    /** No answer, and the reply-by date has passed. */
    OVERDUE,
    /** No answer, more than the rule's threshold of days after the reply-by date. */
    LONG_OVERDUE,
    /** The rule lets an acknowledgement satisfy the period and one came: no answer in substance, but not overdue. */
    ACKNOWLEDGED,
    /** Answered in substance on or before the reply-by date. */
    ANSWERED,
    /** Answered in substance after the reply-by date. */
    ANSWERED_LATE,
    /** The recipient refused to consider the letter (see the status's {@code late} for when). */
    REFUSED,
    /** No answer is expected. */
    CLOSED;

    /** True while an answer is still awaited. */
    public boolean isOpen() {
        return this == AWAITING || this == OVERDUE || this == LONG_OVERDUE;
    }

    public String messageKey() {
        return "deadlines.replyDeadline.state." + name();
    }
}
