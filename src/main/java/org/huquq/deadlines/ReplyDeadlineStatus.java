package org.huquq.deadlines;

import java.time.LocalDate;

/**
 * The reply state of an outgoing letter on a given day, derived and never stored.
 *
 * @param on the day the state is for; outcomes dated after it are not taken into account
 * @param respondedOn the day of the outcome that decided the state (answer, refusal, acknowledgement that stops the
 *        clock, decision that no answer is expected), or null while the letter is open
 * @param late true when that outcome came after the reply-by date, or when an open letter is overdue
 * @param daysPastReplyBy calendar days from the reply-by date to the outcome (or to {@code on} while open); 0 when
 *        on time or without a reply-by date
 * @param acknowledgedOn the first acknowledgement, whether or not it stopped the clock
 * @param forwardedOn the day the recipient forwarded the letter, if it did
 */
public record ReplyDeadlineStatus(ReplyDeadlineState state, LocalDate replyBy, LocalDate on, LocalDate respondedOn,
        boolean late, long daysPastReplyBy, LocalDate acknowledgedOn, LocalDate forwardedOn) {
}
