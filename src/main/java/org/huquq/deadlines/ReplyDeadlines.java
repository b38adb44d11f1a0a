package org.huquq.deadlines;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.huquq.deadlines.WorkingCalendar;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reply-by arithmetic for letters, ours and theirs: applies a jurisdiction's {@link ReplyRuleView reply rule} to what is
 * known about a letter ({@link #replyBy}), and derives the reply state on a given day from the reply-by date and the
 * recorded outcomes ({@link #status}). Rules and calendars are those of the acting user's institution (its own version
 * of a rule, else the shared rule; its own calendar of the rule's country): the arithmetic of a letter is done by a
 * member of the letter's institution. Periods are counted in the working-day calendar of the rule's country.
 * <p>
 * Counting follows the usual reading of periods in days: a period of N days from an event ends N days after it (the
 * day of the event does not count); a period in working days counts only working days; where the rule says so, a
 * period that ends on a non-working day ends on the next (or previous) working day. An unknown delivery date is
 * assumed to be the rule's days in transit after sending, an unknown registration date the last day of the rule's
 * registration period: the latest date the law allows, so that the reply-by date never comes early. Each step, and
 * each assumption, is in the result's explanation.
 */
@Service
@Transactional(readOnly = true)
public class ReplyDeadlines {

    /** The rule code of a reply-by date set by hand, with no rule behind it. */
    public static final String BY_HAND = "NONE";

    /** Long-overdue threshold for a reply-by date set by hand. */
    public static final int DEFAULT_LONG_OVERDUE_DAYS = 30;

    private static final String ERROR = "deadlines.replyDeadline.error.";

    private final ReplyRuleManagement rules;
    private final WorkingCalendar calendar;

    ReplyDeadlines(ReplyRuleManagement rules, WorkingCalendar calendar) {
        this.rules = rules;
        this.calendar = calendar;
    }

    /**
     * The reply-by date of a letter under the rule with this code (deprecated rules included, for letters that keep
     * them), or the date set by hand, with its explanation.
     *
     * @throws InvalidInputException naming each wrong field: an unknown rule, no sent date, a date before the one it
     *         follows, an extension the rule does not allow, too long, or without the notice the rule requires
     */
    public ReplyDeadline replyBy(String ruleCode, ReplyDeadlineFacts facts) {
        ReplyDeadlineFacts known = facts == null ? ReplyDeadlineFacts.sentOn(null) : facts;
        List<FieldProblem> problems = new ArrayList<>();
        boolean byHand = BY_HAND.equals(ruleCode);
        ReplyRuleView rule = null;
        if (ruleCode == null || ruleCode.isBlank()) {
            problems.add(new FieldProblem("rule", ERROR + "ruleRequired"));
        } else if (!byHand) {
            rule = rules.find(ruleCode).orElse(null);
            if (rule == null) {
                problems.add(new FieldProblem("rule", ERROR + "unknownRule"));
            }
        }
        checkDates(known, problems);
        if (byHand && known.setByHand() == null) {
            problems.add(new FieldProblem("setByHand", ERROR + "handDateRequired"));
        }
        if (rule != null && known.setByHand() == null) {
            checkExtensions(rule, known.extensions(), problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (known.setByHand() != null) {
            List<ReplyDeadlineStep> steps = List.of(ReplyDeadlineStep.of("sent", known.sentOn()),
                    ReplyDeadlineStep.of(byHand ? "setByHand" : "setByHandOverRule", known.setByHand(), ruleCode));
            return new ReplyDeadline(ruleCode, known.setByHand(), known.sentOn(), false, false, null, steps);
        }
        return new Computation(rule, known).run();
    }

    /**
     * The reply-by date of an answer we owe: a letter we received, under the rule with this code (usually
     * {@link ReplyRuleManagement#defaultForReceived our own country's}), or set by hand. The arithmetic is the same as
     * for our letters, with us as the recipient (the facts' delivery is our receipt, their registration ours); the
     * explanation opens by saying whose duty it is and under which rule.
     *
     * @throws InvalidInputException as {@link #replyBy}
     */
    public ReplyDeadline replyByUs(String ruleCode, ReplyDeadlineFacts facts) {
        ReplyDeadline deadline = replyBy(ruleCode, facts);
        if (BY_HAND.equals(ruleCode)) {
            return deadline;
        }
        List<ReplyDeadlineStep> steps = new ArrayList<>();
        steps.add(ReplyDeadlineStep.of("ourDuty", ruleCode, rules.rule(ruleCode).country()));
        steps.addAll(deadline.steps());
        return new ReplyDeadline(deadline.ruleCode(), deadline.replyBy(), deadline.countedFrom(),
                deadline.deliveryAssumed(), deadline.registrationAssumed(), deadline.forwardBy(), steps);
    }

    /**
     * The reply state on {@code on} of a letter whose reply-by date was computed under the rule with this code (or
     * {@link #BY_HAND}): the rule says whether an acknowledgement stops the clock and when overdue becomes long
     * overdue.
     */
    public ReplyDeadlineStatus status(String ruleCode, LocalDate replyBy, List<ReplyDeadlineOutcome> outcomes,
            LocalDate on) {
        if (ruleCode == null || BY_HAND.equals(ruleCode)) {
            return status((ReplyRuleView) null, replyBy, outcomes, on);
        }
        ReplyRuleView rule = rules.find(ruleCode)
                .orElseThrow(() -> new InvalidInputException("rule", ERROR + "unknownRule"));
        return status(rule, replyBy, outcomes, on);
    }

    /**
     * The reply state on {@code on} under {@code rule}, or under the defaults of a date set by hand when the rule is
     * null: for lists, which look their rules up once.
     */
    public static ReplyDeadlineStatus status(ReplyRuleView rule, LocalDate replyBy,
            List<ReplyDeadlineOutcome> outcomes, LocalDate on) {
        return rule == null ? status(replyBy, DEFAULT_LONG_OVERDUE_DAYS, false, outcomes, on)
                : status(replyBy, rule.longOverdueDays(), rule.acknowledgementStopsClock(), outcomes, on);
    }

    /**
     * The reply state on {@code on}, from the reply-by date (null when none) and the recorded outcomes; outcomes
     * dated after {@code on} had not happened yet and do not count. An answer in substance decides the state
     * (on time or late), then a refusal, then a decision that no answer is expected; an acknowledgement decides it
     * only when {@code acknowledgementStopsClock}, and is never an answer. An open letter is overdue from the day
     * after its reply-by date and long overdue more than {@code longOverdueAfterDays} days after it.
     */
    public static ReplyDeadlineStatus status(LocalDate replyBy, int longOverdueAfterDays,
            boolean acknowledgementStopsClock, List<ReplyDeadlineOutcome> outcomes, LocalDate on) {
        Objects.requireNonNull(on, "on");
        List<ReplyDeadlineOutcome> happened = outcomes == null ? List.of()
                : outcomes.stream().filter(o -> !o.on().isAfter(on)).toList();
        LocalDate acknowledged = first(happened, ReplyDeadlineOutcomeKind.ACKNOWLEDGED);
        LocalDate forwarded = first(happened, ReplyDeadlineOutcomeKind.FORWARDED);
        LocalDate answered = first(happened, ReplyDeadlineOutcomeKind.ANSWERED);
        LocalDate refused = first(happened, ReplyDeadlineOutcomeKind.REFUSED);
        LocalDate closed = first(happened, ReplyDeadlineOutcomeKind.NO_ANSWER_EXPECTED);
        if (answered != null) {
            boolean late = isLate(replyBy, answered);
            return new ReplyDeadlineStatus(late ? ReplyDeadlineState.ANSWERED_LATE : ReplyDeadlineState.ANSWERED,
                    replyBy, on, answered, late, daysPast(replyBy, answered), acknowledged, forwarded);
        }
        if (refused != null) {
            return new ReplyDeadlineStatus(ReplyDeadlineState.REFUSED, replyBy, on, refused,
                    isLate(replyBy, refused), daysPast(replyBy, refused), acknowledged, forwarded);
        }
        if (closed != null) {
            return new ReplyDeadlineStatus(ReplyDeadlineState.CLOSED, replyBy, on, closed, false, 0, acknowledged,
                    forwarded);
        }
        if (acknowledgementStopsClock && acknowledged != null) {
            return new ReplyDeadlineStatus(ReplyDeadlineState.ACKNOWLEDGED, replyBy, on, acknowledged,
                    isLate(replyBy, acknowledged), daysPast(replyBy, acknowledged), acknowledged, forwarded);
        }
        long overdue = daysPast(replyBy, on);
        ReplyDeadlineState state = overdue == 0 ? ReplyDeadlineState.AWAITING
                : overdue > longOverdueAfterDays ? ReplyDeadlineState.LONG_OVERDUE : ReplyDeadlineState.OVERDUE;
        return new ReplyDeadlineStatus(state, replyBy, on, null, overdue > 0, overdue, acknowledged, forwarded);
    }

    private static LocalDate first(List<ReplyDeadlineOutcome> outcomes, ReplyDeadlineOutcomeKind kind) {
        return outcomes.stream().filter(o -> o.kind() == kind).map(ReplyDeadlineOutcome::on)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static boolean isLate(LocalDate replyBy, LocalDate day) {
        return replyBy != null && day.isAfter(replyBy);
    }

    private static long daysPast(LocalDate replyBy, LocalDate day) {
        return isLate(replyBy, day) ? ChronoUnit.DAYS.between(replyBy, day) : 0;
    }

    private static void checkDates(ReplyDeadlineFacts facts, List<FieldProblem> problems) {
        LocalDate sent = facts.sentOn();
        if (sent == null) {
            problems.add(new FieldProblem("sentOn", ERROR + "sentRequired"));
            return;
        }
        if (facts.deliveredOn() != null && facts.deliveredOn().isBefore(sent)) {
            problems.add(new FieldProblem("deliveredOn", ERROR + "beforeSent"));
        }
        if (facts.registeredOn() != null) {
            if (facts.registeredOn().isBefore(sent)) {
                problems.add(new FieldProblem("registeredOn", ERROR + "beforeSent"));
            } else if (facts.deliveredOn() != null && facts.registeredOn().isBefore(facts.deliveredOn())) {
                problems.add(new FieldProblem("registeredOn", ERROR + "registeredBeforeDelivery"));
            }
        }
        if (facts.forwardedOn() != null) {
            LocalDate received = latest(sent, facts.deliveredOn(), facts.registeredOn());
            if (facts.forwardedOn().isBefore(received)) {
                problems.add(new FieldProblem("forwardedOn", ERROR + "forwardedBeforeReceipt"));
            }
        }
        if (facts.setByHand() != null && facts.setByHand().isBefore(sent)) {
            problems.add(new FieldProblem("setByHand", ERROR + "beforeSent"));
        }
        for (int i = 0; i < facts.extensions().size(); i++) {
            ReplyDeadlineExtension extension = facts.extensions().get(i);
            if (extension != null && extension.noticeOn() != null && extension.noticeOn().isBefore(sent)) {
                problems.add(new FieldProblem("extensions[" + i + "].noticeOn", ERROR + "beforeSent"));
            }
        }
    }

    private static void checkExtensions(ReplyRuleView rule, List<ReplyDeadlineExtension> extensions,
            List<FieldProblem> problems) {
        if (extensions.isEmpty()) {
            return;
        }
        if (rule.extensionMaxCount() == 0) {
            problems.add(new FieldProblem("extensions", ERROR + "extensionNotAllowed"));
            return;
        }
        if (extensions.size() > rule.extensionMaxCount()) {
            problems.add(new FieldProblem("extensions", ERROR + "tooManyExtensions"));
        }
        for (int i = 0; i < extensions.size(); i++) {
            ReplyDeadlineExtension extension = extensions.get(i);
            String field = "extensions[" + i + "]";
            if (extension == null || extension.days() == null || extension.days() < 1) {
                problems.add(new FieldProblem(field + ".days", ERROR + "extensionDays"));
            } else if (extension.days() > rule.extensionMaxDays()) {
                problems.add(new FieldProblem(field + ".days", ERROR + "extensionTooLong"));
            }
            if (rule.extensionNeedsNotice() && (extension == null || extension.noticeOn() == null)) {
                problems.add(new FieldProblem(field + ".noticeOn", ERROR + "noticeRequired"));
            }
        }
    }

    private static LocalDate latest(LocalDate first, LocalDate... others) {
        LocalDate latest = first;
        for (LocalDate other : others) {
            if (other != null && other.isAfter(latest)) {
                latest = other;
            }
        }
        return latest;
    }

    /** One application of a rule to one letter's checked facts, collecting the explanation as it goes. */
    private final class Computation {

        private final ReplyRuleView rule;
        private final ReplyDeadlineFacts facts;
        private final String country;
        private final List<ReplyDeadlineStep> steps = new ArrayList<>();
        private boolean deliveryAssumed;
        private boolean registrationAssumed;
        private LocalDate forwardBy;

        Computation(ReplyRuleView rule, ReplyDeadlineFacts facts) {
            this.rule = rule;
            this.facts = facts;
            this.country = rule.country();
        }

        ReplyDeadline run() {
            if (rule.origin() == ReplyRuleOrigin.OWN_VERSION) {
                steps.add(ReplyDeadlineStep.of("ownVersion", rule.code()));
            }
            steps.add(ReplyDeadlineStep.of("sent", facts.sentOn()));
            LocalDate received = switch (rule.countingStart()) {
                case SENT -> facts.deliveredOn() != null ? facts.deliveredOn() : facts.sentOn();
                case DELIVERED -> delivered();
                case REGISTERED -> registered();
            };
            LocalDate start = rule.countingStart() == ReplyRuleCountingStart.SENT ? facts.sentOn() : received;
            if (facts.forwardedOn() != null) {
                start = forwarded(received);
            }
            LocalDate end = nominal(start, rule.answerDays());
            steps.add(ReplyDeadlineStep.of(rule.dayKind() == ReplyRuleDayKind.WORKING ? "periodWorking"
                    : "periodCalendar", rule.answerDays(), start, end));
            List<ReplyDeadlineExtension> extensions = facts.extensions().stream()
                    .sorted(Comparator.comparing(ReplyDeadlineExtension::noticeOn,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            for (ReplyDeadlineExtension extension : extensions) {
                LocalDate due = onWorkingDay(end);
                if (extension.noticeOn() != null && extension.noticeOn().isAfter(due)) {
                    // a period that has run out cannot be extended: the letter was already overdue
                    steps.add(ReplyDeadlineStep.of("extensionLate", extension.noticeOn(), due));
                    continue;
                }
                end = nominal(end, extension.days());
                steps.add(extension.noticeOn() == null
                        ? ReplyDeadlineStep.of("extensionWithoutNotice", extension.days(), end)
                        : ReplyDeadlineStep.of("extension", extension.days(), extension.noticeOn(), end));
            }
            LocalDate replyBy = onWorkingDay(end);
            if (!replyBy.equals(end)) {
                steps.add(ReplyDeadlineStep.of("moved", end, end.getDayOfWeek(), replyBy, replyBy.getDayOfWeek(),
                        country));
            } else if (rule.nonWorkingEnd() == ReplyRuleNonWorkingEnd.KEEP && !calendar.isWorkingDay(country, end)) {
                steps.add(ReplyDeadlineStep.of("notMoved", end, end.getDayOfWeek(), country));
            }
            for (int year = facts.sentOn().getYear(); year <= replyBy.getYear(); year++) {
                if (calendar.days(country, year).isEmpty()) {
                    steps.add(ReplyDeadlineStep.of("noHolidays", country, year));
                }
            }
            steps.add(ReplyDeadlineStep.of("replyBy", replyBy));
            return new ReplyDeadline(rule.code(), replyBy, start, deliveryAssumed, registrationAssumed, forwardBy,
                    steps);
        }

        private LocalDate delivered() {
            if (facts.deliveredOn() != null) {
                steps.add(ReplyDeadlineStep.of("delivered", facts.deliveredOn()));
                return facts.deliveredOn();
            }
            deliveryAssumed = true;
            LocalDate assumed = facts.sentOn().plusDays(rule.deliveryDays());
            steps.add(ReplyDeadlineStep.of("deliveryAssumed", assumed, rule.deliveryDays()));
            return assumed;
        }

        private LocalDate registered() {
            if (facts.registeredOn() != null) {
                steps.add(ReplyDeadlineStep.of("registered", facts.registeredOn()));
                return facts.registeredOn();
            }
            LocalDate delivered = delivered();
            registrationAssumed = true;
            LocalDate assumed = period(delivered, rule.registrationDays());
            steps.add(ReplyDeadlineStep.of("registrationAssumed", assumed, rule.registrationDays()));
            return assumed;
        }

        /** The new start of the answer period once the letter went to the body competent to answer it. */
        private LocalDate forwarded(LocalDate received) {
            LocalDate forwardedOn = facts.forwardedOn();
            if (rule.forwardingDays() != null) {
                forwardBy = period(received, rule.forwardingDays());
                steps.add(ReplyDeadlineStep.of(forwardedOn.isAfter(forwardBy) ? "forwardedLate" : "forwardedInTime",
                        forwardedOn, forwardBy));
            } else {
                steps.add(ReplyDeadlineStep.of("forwarded", forwardedOn));
            }
            if (rule.countingStart() != ReplyRuleCountingStart.REGISTERED) {
                steps.add(ReplyDeadlineStep.of("restartFromForwarding", forwardedOn));
                return forwardedOn;
            }
            registrationAssumed = true;
            LocalDate registration = period(forwardedOn, rule.registrationDays());
            steps.add(ReplyDeadlineStep.of("forwardedRegistrationAssumed", registration, rule.registrationDays()));
            return registration;
        }

        /** A short period (registration, forwarding) counted like the answer period, ending on a working day. */
        private LocalDate period(LocalDate from, int days) {
            return onWorkingDay(nominal(from, days));
        }

        private LocalDate nominal(LocalDate from, int days) {
            return rule.dayKind() == ReplyRuleDayKind.WORKING ? calendar.addWorkingDays(country, from, days)
                    : from.plusDays(days);
        }

        private LocalDate onWorkingDay(LocalDate day) {
            return switch (rule.nonWorkingEnd()) {
                case KEEP -> day;
                case NEXT_WORKING_DAY -> calendar.workingDayOnOrAfter(country, day);
                case PREVIOUS_WORKING_DAY -> previousWorkingDay(day);
            };
        }

        private LocalDate previousWorkingDay(LocalDate day) {
            LocalDate candidate = day;
            for (int run = 0; run <= 366; run++) {
                if (calendar.isWorkingDay(country, candidate)) {
                    return candidate;
                }
                candidate = candidate.minusDays(1);
            }
            throw new IllegalStateException("the calendar of " + country + " has no working day in the year before "
                    + day);
        }
    }
}
