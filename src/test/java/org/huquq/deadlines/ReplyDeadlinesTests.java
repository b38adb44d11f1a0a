package org.huquq.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.deadlines.ReplyDeadlineOutcomeKind.ACKNOWLEDGED;
import static org.huquq.deadlines.ReplyDeadlineOutcomeKind.ANSWERED;
import static org.huquq.deadlines.ReplyDeadlineOutcomeKind.NO_ANSWER_EXPECTED;
import static org.huquq.deadlines.ReplyDeadlineOutcomeKind.REFUSED;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The reply-by arithmetic over weekends and the seeded Russian and Tajik holidays, and the derived states. */
@SpringBootTest
class ReplyDeadlinesTests {

    static final LocalDate SENT = LocalDate.of(2024, 10, 3);

    @Autowired
    ReplyDeadlines deadlines;

    @Autowired
    ReplyRuleManagement rules;

    @Autowired
    TestUsers users;

    HuquqUser admin;

    @BeforeEach
    void administrator() {
        admin = users.user(users.institution(), Role.ADMINISTRATOR);
    }

    @Test
    void unknownDeliveryAndRegistrationAreAssumedAndASundayEndMovesToMonday() {
        // sent Thu 3 Oct 2024, +5 days in transit = Tue 8 Oct, +3 days registration = Fri 11 Oct,
        // +30 days = Sun 10 Nov, moved to Mon 11 Nov
        ReplyDeadline deadline = deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT));

        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(deadline.countedFrom()).isEqualTo(LocalDate.of(2024, 10, 11));
        assertThat(deadline.deliveryAssumed()).isTrue();
        assertThat(deadline.registrationAssumed()).isTrue();
        assertThat(deadline.steps()).extracting(ReplyDeadlineStep::messageKey).containsExactly(
                "deadlines.replyDeadline.step.sent", "deadlines.replyDeadline.step.deliveryAssumed",
                "deadlines.replyDeadline.step.registrationAssumed",
                "deadlines.replyDeadline.step.periodCalendar", "deadlines.replyDeadline.step.moved",
                "deadlines.replyDeadline.step.replyBy");
        assertThat(deadline.steps().get(4).arguments()).containsExactly(LocalDate.of(2024, 11, 10),
                DayOfWeek.SUNDAY, LocalDate.of(2024, 11, 11), DayOfWeek.MONDAY, "RU");
    }

    @Test
    void knownRegistrationDateIsUsedAndNothingIsAssumed() {
        ReplyDeadline deadline = deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT)
                .deliveredOn(LocalDate.of(2024, 10, 7)).registeredOn(LocalDate.of(2024, 10, 9)));
        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2024, 11, 8));
        assertThat(deadline.assumed()).isFalse();
    }

    @Test
    void thirtyDaysEndingOnRussiaDayMoveToTheNextWorkingDay() {
        ReplyDeadline deadline = deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(LocalDate.of(2024, 5, 6))
                .registeredOn(LocalDate.of(2024, 5, 13)));
        // 13 May + 30 = Wed 12 June 2024, Russia Day
        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2024, 6, 13));
    }

    @Test
    void thirtyDaysEndingInTheRussianNewYearHolidaysMovePastTheTransferredDayAndTheWeekend() {
        // 7 Dec 2025 + 30 = Tue 6 Jan 2026; 1-8 Jan holidays, 9 Jan transferred day off, 10-11 weekend
        ReplyDeadline deadline = deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(LocalDate.of(2025, 12, 1))
                .registeredOn(LocalDate.of(2025, 12, 7)));
        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void tajikPeriodEndingOnNavruzMovesPastTheHolidays() {
        // delivered 20 Feb 2024 + 30 = Thu 21 March, Navruz (21-24 March)
        ReplyDeadline deadline = deadlines.replyBy("TJ-APPEALS", ReplyDeadlineFacts.sentOn(LocalDate.of(2024, 2, 12))
                .deliveredOn(LocalDate.of(2024, 2, 20)));
        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2024, 3, 25));
        // the same dates under Russia's calendar: 21 March is an ordinary Thursday there
        ReplyDeadline russian = ofOurOwn(created(ReplyRuleMother.rule().inCountry("RU").calendarDays(30)),
                ReplyDeadlineFacts.sentOn(LocalDate.of(2024, 2, 12)).deliveredOn(LocalDate.of(2024, 2, 20)));
        assertThat(russian.replyBy()).isEqualTo(LocalDate.of(2024, 3, 21));
    }

    @Test
    void workingDaysAreCountedAcrossTheRussianNewYearHolidays() {
        String rule = created(ReplyRuleMother.rule().inCountry("RU").workingDays(10));
        // after Fri 26 Dec 2025: 29, 30 Dec; 31 Dec and 1-9 Jan off, 10-11 weekend; 12-16, 19, 20, 21 Jan
        ReplyDeadline deadline = ofOurOwn(rule, ReplyDeadlineFacts.sentOn(LocalDate.of(2025, 12, 22))
                .deliveredOn(LocalDate.of(2025, 12, 26)));
        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2026, 1, 21));
        assertThat(deadline.steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.periodWorking")
                .doesNotContain("deadlines.replyDeadline.step.moved");
    }

    @Test
    void ruleMayKeepANonWorkingEndOrBringItForward() {
        ReplyDeadlineFacts facts = ReplyDeadlineFacts.sentOn(LocalDate.of(2024, 10, 1))
                .deliveredOn(LocalDate.of(2024, 10, 11));
        // 11 Oct + 30 = Sun 10 Nov 2024
        String keep = created(ReplyRuleMother.rule().nonWorkingEnd(ReplyRuleNonWorkingEnd.KEEP));
        assertThat(ofOurOwn(keep, facts).replyBy()).isEqualTo(LocalDate.of(2024, 11, 10));
        assertThat(ofOurOwn(keep, facts).steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.notMoved");
        String previous = created(ReplyRuleMother.rule().nonWorkingEnd(ReplyRuleNonWorkingEnd.PREVIOUS_WORKING_DAY));
        assertThat(ofOurOwn(previous, facts).replyBy()).isEqualTo(LocalDate.of(2024, 11, 8));
    }

    @Test
    void anExtensionNotifiedInTimeAddsItsDaysToThePeriod() {
        ReplyDeadlineFacts facts = ReplyDeadlineFacts.sentOn(SENT).deliveredOn(LocalDate.of(2024, 10, 8))
                .registeredOn(LocalDate.of(2024, 10, 11));
        // nominal end Sun 10 Nov (due Mon 11 Nov); notified 5 Nov; 10 Nov + 30 = Tue 10 Dec
        ReplyDeadline extended = deadlines.replyBy("RU-59-FZ", facts.extendedBy(30, LocalDate.of(2024, 11, 5)));
        assertThat(extended.replyBy()).isEqualTo(LocalDate.of(2024, 12, 10));
        assertThat(extended.steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.extension");
        // notified on the last day, Mon 11 Nov: still in time; 10 Nov + 20 = Sat 30 Nov, moved to Mon 2 Dec
        assertThat(deadlines.replyBy("RU-59-FZ", facts.extendedBy(20, LocalDate.of(2024, 11, 11))).replyBy())
                .isEqualTo(LocalDate.of(2024, 12, 2));
    }

    @Test
    void anExtensionNotifiedAfterThePeriodEndedDoesNotCount() {
        ReplyDeadline deadline = deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT)
                .registeredOn(LocalDate.of(2024, 10, 11)).extendedBy(30, LocalDate.of(2024, 11, 12)));
        assertThat(deadline.replyBy()).isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(deadline.steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.extensionLate");
    }

    @Test
    void forwardingRestartsThePeriodAtTheBodyItWentTo() {
        ReplyDeadlineFacts facts = ReplyDeadlineFacts.sentOn(SENT).deliveredOn(LocalDate.of(2024, 10, 8))
                .registeredOn(LocalDate.of(2024, 10, 9));
        // forwarding due by 9 Oct + 7 = Wed 16 Oct; forwarded Mon 14 Oct; new registration assumed Thu 17 Oct;
        // + 30 = Sat 16 Nov, moved to Mon 18 Nov
        ReplyDeadline inTime = deadlines.replyBy("RU-59-FZ", facts.forwardedOn(LocalDate.of(2024, 10, 14)));
        assertThat(inTime.forwardBy()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(inTime.replyBy()).isEqualTo(LocalDate.of(2024, 11, 18));
        assertThat(inTime.registrationAssumed()).isTrue();
        assertThat(inTime.steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.forwardedInTime");

        ReplyDeadline late = deadlines.replyBy("RU-59-FZ", facts.forwardedOn(LocalDate.of(2024, 10, 18)));
        assertThat(late.replyBy()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(late.steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.forwardedLate");
    }

    @Test
    void aDateSetByHandNeedsNoRuleAndOverridesOne() {
        ReplyDeadline byHand = deadlines.replyBy(ReplyDeadlines.BY_HAND,
                ReplyDeadlineFacts.sentOn(SENT).setByHand(LocalDate.of(2024, 12, 1)));
        assertThat(byHand.replyBy()).isEqualTo(LocalDate.of(2024, 12, 1));
        assertThat(byHand.steps()).extracting(ReplyDeadlineStep::messageKey)
                .containsExactly("deadlines.replyDeadline.step.sent",
                        "deadlines.replyDeadline.step.setByHand");
        assertThat(deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT).setByHand(LocalDate.of(2024, 12, 2)))
                .replyBy()).isEqualTo(LocalDate.of(2024, 12, 2));
    }

    @Test
    void yearsWithoutRecordedHolidaysAreSaidToBeCountedByWeekendsOnly() {
        ReplyDeadline deadline = deadlines.replyBy("RU-1-FKZ", ReplyDeadlineFacts.sentOn(LocalDate.of(2031, 3, 3)));
        assertThat(deadline.steps()).contains(new ReplyDeadlineStep("deadlines.replyDeadline.step.noHolidays",
                List.of("RU", 2031)));
        assertThat(deadlines.replyBy("RU-1-FKZ", ReplyDeadlineFacts.sentOn(SENT)).steps())
                .extracting(ReplyDeadlineStep::messageKey)
                .doesNotContain("deadlines.replyDeadline.step.noHolidays");
    }

    @Test
    void badFactsAreRejectedWithTheFieldNamed() {
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT)
                        .registeredOn(SENT.minusDays(1))),
                new FieldProblem("registeredOn", "deadlines.replyDeadline.error.beforeSent"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT)
                        .deliveredOn(SENT.plusDays(4)).registeredOn(SENT.plusDays(2))),
                new FieldProblem("registeredOn", "deadlines.replyDeadline.error.registeredBeforeDelivery"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT)
                        .deliveredOn(SENT.minusDays(1))),
                new FieldProblem("deliveredOn", "deadlines.replyDeadline.error.beforeSent"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(null)),
                new FieldProblem("sentOn", "deadlines.replyDeadline.error.sentRequired"));
        assertProblems(() -> deadlines.replyBy("XX-NO-SUCH-RULE", ReplyDeadlineFacts.sentOn(SENT)),
                new FieldProblem("rule", "deadlines.replyDeadline.error.unknownRule"));
        assertProblems(() -> deadlines.replyBy(ReplyDeadlines.BY_HAND, ReplyDeadlineFacts.sentOn(SENT)),
                new FieldProblem("setByHand", "deadlines.replyDeadline.error.handDateRequired"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT)
                        .registeredOn(SENT.plusDays(5)).forwardedOn(SENT.plusDays(4))),
                new FieldProblem("forwardedOn", "deadlines.replyDeadline.error.forwardedBeforeReceipt"));
    }

    @Test
    void extensionsMustBeAllowedNotifiedAndNoLongerThanTheRuleSays() {
        ReplyDeadlineFacts facts = ReplyDeadlineFacts.sentOn(SENT);
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", facts.extendedBy(30, null)),
                new FieldProblem("extensions[0].noticeOn", "deadlines.replyDeadline.error.noticeRequired"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", facts.extendedBy(31, SENT.plusDays(20))),
                new FieldProblem("extensions[0].days", "deadlines.replyDeadline.error.extensionTooLong"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", facts.extendedBy(-3, SENT.plusDays(20))),
                new FieldProblem("extensions[0].days", "deadlines.replyDeadline.error.extensionDays"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", facts.extendedBy(10, SENT.plusDays(20))
                        .extendedBy(10, SENT.plusDays(30))),
                new FieldProblem("extensions", "deadlines.replyDeadline.error.tooManyExtensions"));
        assertProblems(() -> deadlines.replyBy("RU-1-FKZ", facts.extendedBy(5, SENT.plusDays(5))),
                new FieldProblem("extensions", "deadlines.replyDeadline.error.extensionNotAllowed"));
        assertProblems(() -> deadlines.replyBy("RU-59-FZ", facts.extendedBy(5, SENT.minusDays(5))),
                new FieldProblem("extensions[0].noticeOn", "deadlines.replyDeadline.error.beforeSent"));
    }

    @Test
    void stateMovesFromAwaitingToOverdueToLongOverdue() {
        LocalDate replyBy = LocalDate.of(2024, 11, 11);
        assertThat(state(replyBy, List.of(), LocalDate.of(2024, 10, 20))).isEqualTo(ReplyDeadlineState.AWAITING);
        assertThat(state(replyBy, List.of(), replyBy)).isEqualTo(ReplyDeadlineState.AWAITING);
        ReplyDeadlineStatus dayAfter = ReplyDeadlines.status(replyBy, 30, false, List.of(), replyBy.plusDays(1));
        assertThat(dayAfter.state()).isEqualTo(ReplyDeadlineState.OVERDUE);
        assertThat(dayAfter.daysPastReplyBy()).isEqualTo(1);
        assertThat(dayAfter.late()).isTrue();
        assertThat(state(replyBy, List.of(), replyBy.plusDays(30))).isEqualTo(ReplyDeadlineState.OVERDUE);
        assertThat(state(replyBy, List.of(), replyBy.plusDays(31))).isEqualTo(ReplyDeadlineState.LONG_OVERDUE);
        assertThat(state(null, List.of(), LocalDate.of(2030, 1, 1))).isEqualTo(ReplyDeadlineState.AWAITING);
    }

    @Test
    void answerOnTimeAndLateAndAnAnswerNotYetWrittenOnTheDayAsked() {
        LocalDate replyBy = LocalDate.of(2024, 11, 11);
        List<ReplyDeadlineOutcome> onTime = List.of(new ReplyDeadlineOutcome(ANSWERED, LocalDate.of(2024, 11, 8)));
        assertThat(state(replyBy, onTime, LocalDate.of(2025, 6, 1))).isEqualTo(ReplyDeadlineState.ANSWERED);

        List<ReplyDeadlineOutcome> late = List.of(new ReplyDeadlineOutcome(ANSWERED, LocalDate.of(2024, 11, 20)));
        ReplyDeadlineStatus status = ReplyDeadlines.status(replyBy, 30, false, late, LocalDate.of(2025, 6, 1));
        assertThat(status.state()).isEqualTo(ReplyDeadlineState.ANSWERED_LATE);
        assertThat(status.daysPastReplyBy()).isEqualTo(9);
        assertThat(status.respondedOn()).isEqualTo(LocalDate.of(2024, 11, 20));
        // on 15 November the answer of the 20th had not come yet
        assertThat(state(replyBy, late, LocalDate.of(2024, 11, 15))).isEqualTo(ReplyDeadlineState.OVERDUE);
    }

    @Test
    void anAcknowledgementIsNeverAnAnswerAndStopsTheClockOnlyWhenTheRuleSaysSo() {
        ReplyDeadline underAppealsLaw = deadlines.replyBy("RU-59-FZ", ReplyDeadlineFacts.sentOn(SENT));
        List<ReplyDeadlineOutcome> acknowledged = List.of(new ReplyDeadlineOutcome(ACKNOWLEDGED,
                LocalDate.of(2024, 10, 15)));
        ReplyDeadlineStatus appeals = deadlines.status("RU-59-FZ", underAppealsLaw.replyBy(), acknowledged,
                LocalDate.of(2024, 11, 20));
        assertThat(appeals.state()).isEqualTo(ReplyDeadlineState.OVERDUE);
        assertThat(appeals.acknowledgedOn()).isEqualTo(LocalDate.of(2024, 10, 15));

        // 1-FKZ asks for a notice of the decision within 10 days of receipt: 8 Oct + 10 = Fri 18 Oct
        ReplyDeadline underCommissionerLaw = deadlines.replyBy("RU-1-FKZ", ReplyDeadlineFacts.sentOn(SENT));
        assertThat(underCommissionerLaw.replyBy()).isEqualTo(LocalDate.of(2024, 10, 18));
        ReplyDeadlineStatus commissioner = deadlines.status("RU-1-FKZ", underCommissionerLaw.replyBy(), acknowledged,
                LocalDate.of(2024, 11, 20));
        assertThat(commissioner.state()).isEqualTo(ReplyDeadlineState.ACKNOWLEDGED);
        assertThat(commissioner.late()).isFalse();
        assertThat(commissioner.state().isOpen()).isFalse();
        // an answer in substance still outranks the acknowledgement
        assertThat(deadlines.status("RU-1-FKZ", underCommissionerLaw.replyBy(), List.of(acknowledged.get(0),
                new ReplyDeadlineOutcome(ANSWERED, LocalDate.of(2024, 12, 1))), LocalDate.of(2024, 12, 2)).state())
                .isEqualTo(ReplyDeadlineState.ANSWERED_LATE);
    }

    @Test
    void refusalAndNoAnswerExpectedCloseTheLetter() {
        LocalDate replyBy = LocalDate.of(2024, 11, 11);
        ReplyDeadlineStatus refused = ReplyDeadlines.status(replyBy, 30, false,
                List.of(new ReplyDeadlineOutcome(REFUSED, LocalDate.of(2024, 11, 13))), LocalDate.of(2025, 1, 1));
        assertThat(refused.state()).isEqualTo(ReplyDeadlineState.REFUSED);
        assertThat(refused.late()).isTrue();
        assertThat(state(replyBy, List.of(new ReplyDeadlineOutcome(NO_ANSWER_EXPECTED, LocalDate.of(2024, 10, 3))),
                LocalDate.of(2025, 1, 1))).isEqualTo(ReplyDeadlineState.CLOSED);
    }

    private static ReplyDeadlineState state(LocalDate replyBy, List<ReplyDeadlineOutcome> outcomes, LocalDate on) {
        return ReplyDeadlines.status(replyBy, 30, false, outcomes, on).state();
    }

    /** A rule of the test's own institution, which only its members count under. */
    private String created(ReplyRuleMother rule) {
        return TestUsers.as(admin, () -> rules.create(rule.build()).code());
    }

    /** The reply-by date under a rule of the test's own institution, computed by one of its members. */
    private ReplyDeadline ofOurOwn(String rule, ReplyDeadlineFacts facts) {
        return TestUsers.as(admin, () -> deadlines.replyBy(rule, facts));
    }

    private static void assertProblems(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            FieldProblem... expected) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems()).asInstanceOf(
                        org.assertj.core.api.InstanceOfAssertFactories.list(FieldProblem.class))
                .containsExactly(expected);
    }
}
