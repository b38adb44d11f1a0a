package org.huquq.digest;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.correspondence.LetterDirection;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.shared.Confidentiality;

/**
 * An overdue letter in a digest: its number, whose answer is late ({@code direction} OUTGOING: theirs, INCOMING:
 * ours), the counterpart's name in the recipient's language, and how late. {@code subject} is for the page; an
 * e-mail carries it only when the letter's level may travel by mail ({@link Confidentiality#mayTravelByMail()}).
 */
public record DigestLetter(UUID id, String reference, LetterDirection direction, String counterpart, String subject,
        Confidentiality confidentiality, LocalDate replyBy, ReplyDeadlineState state, long daysOverdue) {
}
