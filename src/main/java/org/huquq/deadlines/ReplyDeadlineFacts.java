package org.huquq.deadlines;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an outgoing letter that bears on its reply-by date. Only {@code sentOn} is required; an
 * unknown delivery or registration date is assumed from the rule and said so in the result.
 *
 * @param deliveredOn the day the recipient received the letter, if known
 * @param registeredOn the day the recipient registered it, if known
 * @param extensions the extensions the recipient granted itself, in any order
 * @param forwardedOn the day the recipient forwarded the letter to the body competent to answer it, if it did
 * @param setByHand a reply-by date set by hand, which overrides the rule (required with {@link ReplyDeadlines#BY_HAND})
 */
public record ReplyDeadlineFacts(LocalDate sentOn, LocalDate deliveredOn, LocalDate registeredOn,
        List<ReplyDeadlineExtension> extensions, LocalDate forwardedOn, LocalDate setByHand) {

    public ReplyDeadlineFacts {
        extensions = extensions == null ? List.of() : List.copyOf(extensions);
    }

    /** A letter of which only the sent date is known. */
    public static ReplyDeadlineFacts sentOn(LocalDate sentOn) {
        return new ReplyDeadlineFacts(sentOn, null, null, List.of(), null, null);
    }

    public ReplyDeadlineFacts deliveredOn(LocalDate date) {
        return new ReplyDeadlineFacts(sentOn, date, registeredOn, extensions, forwardedOn, setByHand);
    }

    public ReplyDeadlineFacts registeredOn(LocalDate date) {
        return new ReplyDeadlineFacts(sentOn, deliveredOn, date, extensions, forwardedOn, setByHand);
    }

    public ReplyDeadlineFacts extendedBy(int days, LocalDate noticeOn) {
        List<ReplyDeadlineExtension> more = new java.util.ArrayList<>(extensions);
        more.add(new ReplyDeadlineExtension(noticeOn, days));
        return new ReplyDeadlineFacts(sentOn, deliveredOn, registeredOn, more, forwardedOn, setByHand);
    }

    public ReplyDeadlineFacts forwardedOn(LocalDate date) {
        return new ReplyDeadlineFacts(sentOn, deliveredOn, registeredOn, extensions, date, setByHand);
    }

    public ReplyDeadlineFacts setByHand(LocalDate date) {
        return new ReplyDeadlineFacts(sentOn, deliveredOn, registeredOn, extensions, forwardedOn, date);
    }
}
