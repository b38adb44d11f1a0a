package org.huquq.correspondence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineState;

/**
 * How a counterpart answered the office's letters over a period, as of a day: "eleven letters, one answer" in one
 * glance, backed by the chains of letters it counts; and, the other way, how the office answered the counterpart's
 * letters ({@code ours}: "we answered one of their eleven"). Counts are of letters the reader may read.
 *
 * @param sent outgoing letters dated in the period
 * @param expectingAnswer those of them that expect an answer
 * @param answered answered in substance (on time or late)
 * @param answeredLate answered in substance after the reply-by date
 * @param acknowledgedOnly receipt acknowledged, never answered in substance
 * @param refused the counterpart refused to consider them
 * @param unanswered still without an answer in substance nor a refusal (acknowledged ones included)
 * @param overdue unanswered past their reply-by date
 * @param received incoming letters from the counterpart dated in the period
 * @param medianDaysToAnswer median calendar days from sending to the answer in substance, null without answers
 * @param p90DaysToAnswer 90th percentile (nearest rank) of the same, null without answers
 * @param ours how we answered their letters of the period that expect our answer
 * @param chainCount how many chains (subjects) the letters form; {@code chains} holds the most recent of them
 */
public record Scorecard(UUID counterpartId, LocalDate from, LocalDate to, LocalDate on, int sent,
        int expectingAnswer, int answered, int answeredLate, int acknowledgedOnly, int refused, int unanswered,
        int overdue, int received, Double medianDaysToAnswer, Integer p90DaysToAnswer, OurAnswers ours,
        List<Month> months, int chainCount, List<Chain> chains) {

    /**
     * How we answered the counterpart's letters that expect our answer, dated in the same period and as of the same
     * day, under our own country's rule.
     *
     * @param expectingAnswer incoming letters of the period that expect our answer
     * @param answered answered by us in substance (on time or late)
     * @param answeredLate answered by us after the reply-by date
     * @param acknowledgedOnly we acknowledged receipt, never answered in substance
     * @param refused we refused to consider them
     * @param unanswered still without our answer in substance nor a refusal (acknowledged ones included)
     * @param overdue unanswered past their reply-by date
     * @param medianDaysToAnswer median calendar days from our receipt to our answer in substance, null without any
     * @param p90DaysToAnswer 90th percentile (nearest rank) of the same, null without answers
     */
    public record OurAnswers(int expectingAnswer, int answered, int answeredLate, int acknowledgedOnly, int refused,
            int unanswered, int overdue, Double medianDaysToAnswer, Integer p90DaysToAnswer) {
    }

    /** Letters sent and answers received in one month, for the timeline. */
    public record Month(YearMonth month, int sent, int answers) {
    }

    /**
     * One subject's chain in the period: its first and last letters, how many went each way, and where the last
     * letter that expects an answer stands (null when none does). A letter's page lists the whole chain.
     */
    public record Chain(UUID threadId, String subject, LocalDate firstOn, LocalDate lastOn, int outgoing,
            int incoming, UUID firstLetterId, String firstReference, UUID lastLetterId, String lastReference,
            ReplyDeadlineState lastState) {
    }
}
