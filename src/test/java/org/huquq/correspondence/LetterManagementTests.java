package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.deadlines.ReplyRuleDetails;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.deadlines.ReplyRuleMother;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class LetterManagementTests {

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    UUID institution;
    HuquqUser clerk;
    UUID commissioner;

    @BeforeEach
    void institution() {
        institution = users.institution();
        clerk = users.user(institution, Role.REGISTRY_CLERK);
        commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @Test
    void anOutgoingLetterGetsTheNextNumberOfItsYearAndItsReplyByDateFromTheRule() {
        LetterView first = register(LetterMother.outgoing(commissioner));
        LetterView second = register(LetterMother.outgoing(commissioner).subject("О посещении ИВС ғӯқҷ"));
        assertThat(first.reference()).isEqualTo("OUT-2024-0001");
        assertThat(second.reference()).isEqualTo("OUT-2024-0002");
        assertThat(second.subject()).isEqualTo("О посещении ИВС ғӯқҷ");
        // 59-FZ: sent Thursday 3 October 2024, registered within 3 days, answered within 30 days of registration;
        // the period ends on Saturday 9 November and moves to Monday 11 November
        assertThat(first.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 11, 11));
        assertThat(first.owner()).isEqualTo(clerk.username());
        assertThat(audit.history(institution, "Letter", first.id())).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void anAcknowledgementIsNotAnAnswerAndTheLetterStaysOverdue() {
        LetterView letter = register(LetterMother.outgoing(commissioner));
        LetterView acknowledged = as(clerk, () -> letters.recordOutcome(letter.id(), letter.version(),
                new RecordOutcome(ReplyDeadlineOutcomeKind.ACKNOWLEDGED, LocalDate.of(2024, 10, 20), "Получено",
                        null)));
        assertThat(acknowledged.replyStatus().state()).isEqualTo(ReplyDeadlineState.LONG_OVERDUE);
        assertThat(acknowledged.replyStatus().acknowledgedOn()).isEqualTo(LocalDate.of(2024, 10, 20));
        assertThat(overdueIds(LocalDate.of(2024, 11, 12))).contains(letter.id());
        assertThat(overdueIds(LocalDate.of(2024, 11, 11))).as("on the reply-by day itself it is still on time")
                .doesNotContain(letter.id());
    }

    @Test
    void anIncomingAnswerRecordsItsOutcomeOnTheLetterItAnswersAndEndsTheWait() {
        LetterView ours = register(LetterMother.outgoing(commissioner));
        LetterView answer = register(LetterMother.incoming(commissioner)
                .answering(ours.id(), ReplyDeadlineOutcomeKind.ANSWERED));
        LetterView after = as(clerk, () -> letters.get(ours.id()));
        assertThat(answer.reference()).isEqualTo("IN-2024-0001");
        assertThat(after.replyStatus().state()).isEqualTo(ReplyDeadlineState.ANSWERED);
        assertThat(after.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.on()).isEqualTo(LocalDate.of(2024, 11, 1));
            assertThat(outcome.answerLetterId()).isEqualTo(answer.id());
        });
        assertThat(overdueIds(LocalDate.of(2025, 1, 1))).doesNotContain(ours.id());
        assertThat(as(clerk, () -> letters.chain(answer.id()))).extracting(LetterSummary::id)
                .containsExactly(ours.id(), answer.id());
    }

    @Test
    void aReplyDatedBeforeTheLetterItAnswersIsRefusedAndNothingIsSaved() {
        LetterView ours = register(LetterMother.outgoing(commissioner));
        long before = countAll();
        assertThatThrownBy(() -> register(LetterMother.incoming(commissioner)
                .theirs("77", LocalDate.of(2024, 9, 30)).receivedOn(LocalDate.of(2024, 10, 1))
                .answering(ours.id(), ReplyDeadlineOutcomeKind.ANSWERED)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple("theirDate",
                                "correspondence.letter.error.answerBeforeLetter")));
        assertThat(countAll()).isEqualTo(before);
        assertThat(as(clerk, () -> letters.get(ours.id())).outcomes()).isEmpty();
    }

    @Test
    void aLetterCannotAnswerItselfNorCloseACycle() {
        LetterView first = register(LetterMother.outgoing(commissioner));
        LetterView reminder = register(LetterMother.outgoing(commissioner).followingUp(first.id())
                .sentOn(LocalDate.of(2024, 11, 20)).signedOn(LocalDate.of(2024, 11, 19)));
        assertThat(reminder.threadId()).isEqualTo(first.threadId());
        assertThatThrownBy(() -> as(clerk, () -> letters.update(first.id(), first.version(),
                withFollowsUp(first.details(), reminder.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("followsUpId",
                                "correspondence.letter.error.cycle")));
        assertThatThrownBy(() -> as(clerk, () -> letters.update(first.id(), first.version(),
                withFollowsUp(first.details(), first.id()))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("correspondence.letter.error.itself"));
    }

    @Test
    void aReceivedDateBeforeTheSentDateIsRefusedNamingTheField() {
        assertThatThrownBy(() -> register(LetterMother.incoming(commissioner).sentOn(LocalDate.of(2024, 11, 5))
                .receivedOn(LocalDate.of(2024, 11, 4))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).contains("receivedOn"));
    }

    @Test
    void theSameIncomingLetterIsRegisteredOnceAndTheSecondTryNamesTheFirst() {
        LetterView first = register(LetterMother.incoming(commissioner).theirs("15-01/8", LocalDate.of(2024, 11, 1)));
        assertThatThrownBy(() -> register(LetterMother.incoming(commissioner)
                .theirs("15-01/8", LocalDate.of(2024, 11, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("theirReference");
                            assertThat(p.arguments()).containsExactly(first.reference());
                        }));
    }

    @Test
    void aSecondRegistrationDoesNotTellTheNumberOfALetterTheClerkMayNotRead() {
        UUID legal = users.team(institution, "Legal " + CounterpartMother.marker());
        HuquqUser lawyer = users.user(institution, Role.CASE_OFFICER, legal);
        LetterView secret = as(lawyer, () -> letters.register(LetterMother.incoming(commissioner)
                .theirs("15-01/9", LocalDate.of(2024, 11, 1)).level(Confidentiality.STRICTLY_CONFIDENTIAL, legal)
                .register()));
        assertThatThrownBy(() -> register(LetterMother.incoming(commissioner)
                .theirs("15-01/9", LocalDate.of(2024, 11, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.messageKey()).isEqualTo("correspondence.letter.error.alreadyRegisteredUnreadable");
                            assertThat(p.arguments()).doesNotContain(secret.reference());
                        }));
    }

    @Test
    void aForwardingMovesTheReplyByDateAndAStaleOutcomeIsRefused() {
        LetterView letter = register(LetterMother.outgoing(commissioner));
        LetterView forwarded = as(clerk, () -> letters.recordOutcome(letter.id(), letter.version(),
                new RecordOutcome(ReplyDeadlineOutcomeKind.FORWARDED, LocalDate.of(2024, 10, 15), "В МВД", null)));
        assertThat(forwarded.replyDeadline().replyBy()).isAfter(letter.replyDeadline().replyBy());
        assertThatThrownBy(() -> as(clerk, () -> letters.recordOutcome(letter.id(), letter.version(),
                new RecordOutcome(ReplyDeadlineOutcomeKind.ANSWERED, LocalDate.of(2024, 11, 1), null, null))))
                .isInstanceOf(StaleVersionException.class);
    }

    @Test
    void aStrictlyConfidentialLetterOfAnotherTeamDoesNotExistForOthers() {
        UUID legal = users.team(institution, "Legal " + CounterpartMother.marker());
        HuquqUser lawyer = users.user(institution, Role.CASE_OFFICER, legal);
        LetterView secret = as(lawyer, () -> letters.register(LetterMother.outgoing(commissioner)
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, legal).register()));
        assertThatThrownBy(() -> as(clerk, () -> letters.get(secret.id()))).isInstanceOf(NotFoundException.class);
        assertThat(overdueIds(LocalDate.of(2025, 1, 1))).doesNotContain(secret.id());
        assertThat(as(clerk, () -> letters.find(new LetterFilter(null, commissioner, null, null, null), null, 100))
                .items()).extracting(LetterSummary::id).doesNotContain(secret.id());
        assertThat(as(lawyer, () -> letters.get(secret.id())).reference()).startsWith("OUT-2024-");
    }

    @Test
    void aTranslationIsKeptWithItsOriginalOncePerLanguage() {
        LetterView letter = register(LetterMother.outgoing(commissioner));
        LetterView translated = as(clerk, () -> letters.addTranslation(letter.id(), letter.version(),
                new LetterTranslationView("tg", "Дар бораи ҳуқуқҳои муҳоҷирон", "Матни мактуб ғӯқҷ", "З. Раҳимова",
                        LocalDate.of(2024, 10, 4))));
        assertThat(translated.translations()).singleElement()
                .satisfies(t -> assertThat(t.body()).isEqualTo("Матни мактуб ғӯқҷ"));
        assertThatThrownBy(() -> as(clerk, () -> letters.addTranslation(letter.id(), translated.version(),
                new LetterTranslationView("tg", null, "Боз", "Т. Т.", LocalDate.of(2024, 10, 5)))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("language"));
    }

    @Autowired
    ReplyRuleManagement rules;

    @Test
    void lettersAreFoundByWordsOfTheirSubjectAndByEitherNumberButNotAcrossInstitutions() {
        String marker = CounterpartMother.marker();
        LetterView letter = register(LetterMother.incoming(commissioner)
                .subject("Шароити нигоҳдорӣ дар муассисаҳои сарҳадӣ " + marker).theirs("15-01/" + marker,
                        LocalDate.of(2024, 11, 1)));
        assertThat(search("сарҳадӣ " + marker)).containsExactly(letter.id());
        assertThat(search(letter.reference().toLowerCase())).containsExactly(letter.id());
        assertThat(search("15-01/" + marker)).containsExactly(letter.id());
        HuquqUser stranger = users.user(users.institution(), Role.REGISTRY_CLERK);
        assertThat(as(stranger, () -> letters.search(new LetterFilter(null, null, null, null, marker), 0, 10))
                .items()).isEmpty();
    }

    @Test
    void listsCountTheirLettersExactlyUpToTheLimitAndSayAtLeastBeyond() {
        KeysetPage<LetterSummary> few = as(clerk,
                () -> letters.find(new LetterFilter(null, commissioner, null, null, null), null, 1));
        assertThat(few.totalExact()).isTrue();
        assertThat(few.hasNext()).isEqualTo(few.total() > 1);
        // beyond the limit: register enough letters for one more than the limit as one batch would
        HuquqUser head = users.user(users.institution(), Role.HEAD);
        UUID busy = as(head, () -> counterparts.create(CounterpartMother.ministry().build())).id();
        for (int i = 0; i <= LetterManagement.COUNT_LIMIT; i++) {
            as(head, () -> letters.register(LetterMother.outgoing(busy).noReplyExpected().register()));
        }
        KeysetPage<LetterSummary> first = as(head,
                () -> letters.find(new LetterFilter(null, busy, null, null, null), null, 25));
        KeysetPage<LetterSummary> many = as(head, () -> letters.find(new LetterFilter(null, busy, null, null, null),
                DateCursor.valueOf(first.next()), 25));
        assertThat(many.totalExact()).isFalse();
        assertThat(many.total()).isEqualTo(LetterManagement.COUNT_LIMIT);
        assertThat(many.items()).hasSize(25);
        assertThat(many.hasNext()).isTrue();
    }

    @Test
    void tenClerksCorrectingTheSameLetterAtOnceLeaveOneChangeAndNineStaleVersions() throws Exception {
        LetterView letter = register(LetterMother.outgoing(commissioner));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(10);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HuquqUser someone = users.user(institution, Role.REGISTRY_CLERK);
            String summary = "Исправление " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    as(someone, () -> letters.update(letter.id(), letter.version(),
                            withSummary(letter.details(), summary)));
                    return "applied";
                } catch (StaleVersionException e) {
                    return "stale";
                }
            }));
        }
        start.countDown();
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (var result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnly("applied", "stale");
        assertThat(outcomes).filteredOn("applied"::equals).hasSize(1);
        LetterView after = as(clerk, () -> letters.get(letter.id()));
        assertThat(after.version()).isEqualTo(letter.version() + 1);
        assertThat(after.summary()).startsWith("Исправление ");
    }

    private static LetterDetails withSummary(LetterDetails d, String summary) {
        return new LetterDetails(d.counterpartId(), d.theirReference(), d.theirDate(), d.signedOn(), d.sentOn(),
                d.deliveredOn(), d.receivedOn(), d.channel(), d.signatory(), d.subject(), summary, d.body(),
                d.language(), d.inReplyToId(), d.followsUpId(), d.expectsReply(), d.replyRule(), d.replyBySetByHand(),
                d.recipientRegisteredOn(), d.extensions(), d.personIds(), d.placeIds(), d.letterIds(), d.owner(),
                d.confidentiality(), d.teamId());
    }

    private java.util.List<UUID> search(String text) {
        return as(clerk, () -> letters.search(new LetterFilter(null, null, null, null, text), 0, 10)).items()
                .stream().map(LetterSummary::id).toList();
    }

    @Test
    void changingARuleMovesTheReplyByDatesOfItsLettersInListsAndPagesAlike() {
        HuquqUser admin = users.user(institution, Role.ADMINISTRATOR);
        ReplyRuleDetails thirty = ReplyRuleMother.rule().fromSending().calendarDays(30).build();
        ReplyRuleView rule = as(admin, () -> rules.create(thirty));
        // sent Thursday 3 October 2024 + 30 calendar days = Saturday 2 November, a working Saturday in Russia in 2024
        LetterView letter = register(LetterMother.outgoing(commissioner).under(rule.code()));
        assertThat(letter.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(overdueIds(LocalDate.of(2024, 11, 20))).contains(letter.id());

        as(admin, () -> rules.update(rule.code(), rule.version(),
                ReplyRuleMother.rule().code(rule.code()).fromSending().calendarDays(60).build()));
        assertThat(overdueIds(LocalDate.of(2024, 11, 20))).doesNotContain(letter.id());
        assertThat(as(clerk, () -> letters.get(letter.id())).replyDeadline().replyBy())
                .isEqualTo(LocalDate.of(2024, 12, 2));
    }

    private LetterView register(LetterMother letter) {
        return as(clerk, () -> letters.register(letter.register()));
    }

    private java.util.List<UUID> overdueIds(LocalDate on) {
        return as(clerk, () -> letters.overdue(on, commissioner, null, null, 100)).items().stream()
                .map(LetterSummary::id).toList();
    }

    private long countAll() {
        return as(clerk, () -> letters.find(new LetterFilter(null, commissioner, null, null, null), null, 1)).total();
    }

    private static LetterDetails withFollowsUp(LetterDetails d, UUID followsUp) {
        return new LetterDetails(d.counterpartId(), d.theirReference(), d.theirDate(), d.signedOn(), d.sentOn(),
                d.deliveredOn(), d.receivedOn(), d.channel(), d.signatory(), d.subject(), d.summary(), d.body(),
                d.language(), d.inReplyToId(), followsUp, d.expectsReply(), d.replyRule(), d.replyBySetByHand(),
                d.recipientRegisteredOn(), d.extensions(), d.personIds(), d.placeIds(), d.letterIds(), d.owner(),
                d.confidentiality(), d.teamId());
    }
}
