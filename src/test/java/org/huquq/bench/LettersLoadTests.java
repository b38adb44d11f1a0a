package org.huquq.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huquq.bench.LetterGenerator.Counterpart;
import org.huquq.bench.LetterGenerator.Planned;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterSummary;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.Scorecard;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.KeysetPage;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The letters benchmark's data, small: the rows {@link LetterLoader} writes for {@link LetterGenerator}'s plan are
 * what the service would have stored, read back through {@link LetterManagement} (reply-by dates, reply states,
 * chains, the overdue list, the scorecard), and the service numbers its next letter right after them. No timing here.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LettersLoadTests {

    static final int N = 2_500;
    static final int COUNTERPARTS = 40;

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    ReplyDeadlines deadlines;

    @Autowired
    ReplyRuleManagement rules;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    HuquqUser head;
    LocalDate today;
    LetterGenerator generator;
    Map<UUID, Planned> planned;

    @BeforeAll
    void loaded() {
        today = LocalDate.now();
        UUID institution = users.institution();
        List<UUID> teams = List.of(users.team(institution, "Migrants"), users.team(institution, "Detention"));
        head = users.user(institution, Role.HEAD);
        List<Counterpart> bodies = new ArrayList<>();
        for (int i = 0; i < COUNTERPARTS; i++) {
            String country = i % 3 == 0 ? "RU" : i % 3 == 1 ? "TJ" : "KZ";
            bodies.add(new Counterpart(as(head, () -> counterparts.create(CounterpartMother.ministry().in(country)
                    .build())).id(), country));
        }
        generator = new LetterGenerator(7, N, bodies, teams, List.of(head.username()), today,
                LetterGenerator.arithmetic(deadlines, rules.rules()));
        LetterLoader loader = new LetterLoader(jdbc, transactions);
        LetterLoader.Written written = loader.load(institution, bodies.stream().map(Counterpart::id).toList(),
                generator, 700, done -> {
                });
        loader.analyze();
        assertThat(written.letters()).isEqualTo(N);
        planned = new HashMap<>();
        generator.letters().forEach(letter -> planned.put(letter.id, letter));
    }

    @Test
    void theServiceReadsTheLoadedLettersAsItWouldHaveStoredThem() {
        int open = 0;
        for (Planned letter : generator.letters()) {
            LetterView view = as(head, () -> letters.get(letter.id));
            assertThat(view.reference()).isEqualTo(letter.reference);
            assertThat(view.threadId()).isEqualTo(letter.thread().id);
            assertThat(view.outcomes()).hasSize(letter.outcomes.size());
            if (letter.expectsReply) {
                // the stored reply-by date is the one the calculator gives from the stored facts
                assertThat(view.replyDeadline().replyBy()).isEqualTo(letter.replyBy);
                // and an answer is awaited exactly when awaiting_reply_by is set
                assertThat(view.replyStatus().state().isOpen()).isEqualTo(letter.awaitingReplyBy != null);
                open += letter.awaitingReplyBy != null ? 1 : 0;
            } else {
                assertThat(view.replyStatus()).isNull();
            }
        }
        assertThat(open).isPositive();
    }

    @Test
    void theMixIsMostlyOutgoingLettersExpectingAnAnswerInChains() {
        List<Planned> all = generator.letters();
        long expecting = all.stream().filter(p -> p.expectsReply).count();
        assertThat((double) expecting / N).isBetween(0.80, 0.90);
        assertThat(all.stream().filter(p -> p.direction == LetterDirection.INCOMING)).isNotEmpty();
        assertThat(all.stream().filter(p -> p.inReplyTo != null)).isNotEmpty();
        assertThat(all.stream().filter(p -> p.followsUp != null)).isNotEmpty();
        assertThat(all.stream().filter(p -> p.extension != null)).isNotEmpty();
        assertThat(all.stream().filter(p -> p.awaitingReplyBy != null && p.awaitingReplyBy.isBefore(today)))
                .isNotEmpty();
        assertThat(all.stream().allMatch(p -> !p.registeredOn.isAfter(today)
                && p.outcomes.stream().allMatch(o -> !o.on().isAfter(today) && !o.on().isBefore(p.datedOn()))))
                .isTrue();
        int heaviest = generator.share(generator.heaviest(1).get(0));
        int lightest = generator.share(generator.heaviest(COUNTERPARTS).get(COUNTERPARTS - 1));
        assertThat(heaviest).isGreaterThan(3 * lightest);
    }

    @Test
    void theOverdueListHoldsTheLettersAwaitingPastTheirReplyByDateLongestOverdueFirst() {
        List<Planned> overdue = generator.letters().stream()
                .filter(p -> p.awaitingReplyBy != null && p.awaitingReplyBy.isBefore(today))
                .sorted(Comparator.comparing((Planned p) -> p.awaitingReplyBy).thenComparing(p -> p.id)).toList();
        KeysetPage<LetterSummary> first = as(head, () -> letters.overdue(today, null, null, null, 25));
        assertThat(first.total()).isEqualTo(overdue.size());
        assertThat(first.items()).extracting(LetterSummary::id)
                .containsExactlyElementsOf(overdue.subList(0, 25).stream().map(p -> p.id).toList());
    }

    @Test
    void theScorecardCountsTheLoadedLettersOfItsPeriod() {
        int heaviest = generator.heaviest(1).get(0);
        UUID counterpart = generator.counterpartIds()[heaviest];
        LocalDate from = today.minusYears(5);
        List<Planned> inPeriod = generator.letters().stream().filter(p -> p.counterpart == heaviest)
                .filter(p -> {
                    LocalDate dated = p.sentOn != null ? p.sentOn : p.registeredOn;
                    return !dated.isBefore(from) && !dated.isAfter(today);
                }).toList();
        Scorecard card = as(head, () -> letters.scorecard(counterpart, from, today, today));
        assertThat(card.sent()).isEqualTo(inPeriod.stream().filter(p -> p.direction == LetterDirection.OUTGOING)
                .count());
        assertThat(card.received()).isEqualTo(inPeriod.stream().filter(p -> p.direction == LetterDirection.INCOMING)
                .count());
        assertThat(card.overdue()).isEqualTo(inPeriod.stream()
                .filter(p -> p.awaitingReplyBy != null && p.awaitingReplyBy.isBefore(today)).count());
        assertThat(card.answered()).isPositive();
    }

    @Test
    void theNextRegistrationTakesTheNumberAfterTheLoadedOnes() {
        HuquqUser clerk = users.user(head.institutionId(), Role.REGISTRY_CLERK);
        // the lightest counterpart, whose letters no other test counts
        int lightest = generator.heaviest(COUNTERPARTS).get(COUNTERPARTS - 1);
        int last = generator.lastNumbers().getOrDefault("OUTGOING/" + today.getYear(), 0);
        LetterView registered = as(clerk, () -> letters.register(LetterMother
                .outgoing(generator.counterpartIds()[lightest]).registeredOn(today).signedOn(today).sentOn(today)
                .register()));
        assertThat(LetterGenerator.number(registered.reference())).isEqualTo(last + 1);
    }
}
