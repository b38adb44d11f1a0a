package org.huquq.correspondence;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.huquq.correspondence.domain.ScorecardRow;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.deadlines.ReplyDeadlineStatus;

/** Counts a counterpart's scorecard from its letters and their reply states; no database here. */
final class Scorecards {

    /** The most recent chains a scorecard lists; the count covers them all. */
    static final int MAX_CHAINS = 100;

    /** A letter as the scorecard sees it, with its reply state (null: no answer expected). */
    record Entry(ScorecardRow letter, ReplyDeadlineStatus status) {

        LocalDate datedOn() {
            return letter.datedOn();
        }
    }

    private Scorecards() {
    }

    static Scorecard of(UUID counterpartId, LocalDate from, LocalDate to, LocalDate on, List<Entry> entries) {
        int sent = 0;
        int received = 0;
        Answers theirs = new Answers();
        Answers ours = new Answers();
        Map<YearMonth, int[]> months = new TreeMap<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            months.put(month, new int[2]);
        }
        Map<UUID, List<Entry>> chains = new LinkedHashMap<>();
        for (Entry entry : entries) {
            chains.computeIfAbsent(entry.letter().threadId(), id -> new ArrayList<>()).add(entry);
            if (entry.letter().direction() == LetterDirection.INCOMING) {
                received++;
                // our answer counts from the day we received their letter
                ours.count(entry.status(), entry.letter().receivedOn());
                continue;
            }
            sent++;
            int[] month = months.get(YearMonth.from(entry.datedOn()));
            if (month != null) {
                month[0]++;
            }
            if (theirs.count(entry.status(), entry.datedOn())) {
                int[] answeredIn = months.get(YearMonth.from(entry.status().respondedOn()));
                if (answeredIn != null) {
                    answeredIn[1]++;
                }
            }
        }
        return new Scorecard(counterpartId, from, to, on, sent, theirs.expecting, theirs.answered,
                theirs.answeredLate, theirs.acknowledgedOnly, theirs.refused, theirs.unanswered, theirs.overdue,
                received, theirs.median(), theirs.p90(),
                new Scorecard.OurAnswers(ours.expecting, ours.answered, ours.answeredLate, ours.acknowledgedOnly,
                        ours.refused, ours.unanswered, ours.overdue, ours.median(), ours.p90()),
                months.entrySet().stream().map(e -> new Scorecard.Month(e.getKey(), e.getValue()[0],
                        e.getValue()[1])).toList(),
                chains.size(), chains.entrySet().stream().map(e -> chain(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparing(Scorecard.Chain::lastOn).reversed()).limit(MAX_CHAINS)
                        .toList());
    }

    /** The answers to the letters of one direction that expect one: theirs to ours, or ours to theirs. */
    private static final class Answers {
        int expecting;
        int answered;
        int answeredLate;
        int acknowledgedOnly;
        int refused;
        int unanswered;
        int overdue;
        final List<Long> daysToAnswer = new ArrayList<>();

        /** Counts a letter's reply state (null: no answer expected); true when it was answered in substance. */
        boolean count(ReplyDeadlineStatus status, LocalDate countedFrom) {
            if (status == null) {
                return false;
            }
            expecting++;
            switch (status.state()) {
                case ANSWERED, ANSWERED_LATE -> {
                    answered++;
                    answeredLate += status.state() == ReplyDeadlineState.ANSWERED_LATE ? 1 : 0;
                    daysToAnswer.add(Math.max(0, ChronoUnit.DAYS.between(countedFrom, status.respondedOn())));
                    return true;
                }
                case REFUSED -> refused++;
                case AWAITING, OVERDUE, LONG_OVERDUE, ACKNOWLEDGED -> {
                    unanswered++;
                    overdue += status.state() == ReplyDeadlineState.OVERDUE
                            || status.state() == ReplyDeadlineState.LONG_OVERDUE ? 1 : 0;
                    acknowledgedOnly += status.acknowledgedOn() != null ? 1 : 0;
                }
                case CLOSED -> {
                }
            }
            return false;
        }

        Double median() {
            daysToAnswer.sort(Long::compare);
            return Scorecards.median(daysToAnswer);
        }

        Integer p90() {
            daysToAnswer.sort(Long::compare);
            return percentile(daysToAnswer, 90);
        }
    }

    private static Scorecard.Chain chain(UUID threadId, List<Entry> entries) {
        int outgoing = (int) entries.stream().filter(e -> e.letter().direction() == LetterDirection.OUTGOING).count();
        ScorecardRow first = entries.get(0).letter();
        ScorecardRow last = entries.get(entries.size() - 1).letter();
        ReplyDeadlineState lastState = null;
        for (Entry entry : entries) {
            if (entry.status() != null) {
                lastState = entry.status().state();
            }
        }
        return new Scorecard.Chain(threadId, first.subject(), first.datedOn(), last.datedOn(), outgoing,
                entries.size() - outgoing, first.id(), first.reference(), last.id(), last.reference(), lastState);
    }

    /** The median of sorted values, null for none. */
    static Double median(List<Long> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }

    /** The nearest-rank percentile of sorted values, null for none. */
    static Integer percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1).intValue();
    }
}
