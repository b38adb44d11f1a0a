package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineExplanation;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Our own duty to reply: an incoming letter that expects our answer is due under the rule of the letters received in
 * our institution's country (the test institutions are Tajik: TJ-APPEALS, 30 calendar days from receipt), is overdue
 * after that date, and is closed by our letter in reply.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OurDutyToReplyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    ReplyDeadlineExplanation explanation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestUsers users;

    HuquqUser clerk;
    UUID commissioner;

    @BeforeEach
    void institution() {
        clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @Test
    void anIncomingLetterThatExpectsOurAnswerIsDueUnderOurCountrysRuleAndSaysWhy() {
        LetterView theirs = register(LetterMother.incoming(commissioner).expectingOurAnswer());
        assertThat(theirs.replyRule()).isEqualTo("TJ-APPEALS");
        // received Friday 8 November 2024; 30 calendar days end on Sunday 8 December, moved to Monday 9 December
        assertThat(theirs.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 12, 9));
        assertThat(theirs.replyDeadline().assumed()).as("our own receipt is known, not assumed").isFalse();
        List<String> why = explanation.texts(theirs.replyDeadline(), Locale.ENGLISH);
        assertThat(why.get(0)).isEqualTo("A letter to us: our own answer is due under rule TJ-APPEALS, of Tajikistan.");
        assertThat(why).contains("Delivered on 8 November 2024.", "Reply due by 9 December 2024.");
        assertThat(explanation.texts(theirs.replyDeadline(), Locale.forLanguageTag("ru")).get(0))
                .isEqualTo("Письмо в наш адрес: наш ответ должен быть дан по правилу TJ-APPEALS (Таджикистан).");
    }

    @Test
    void itIsOverdueTheDayAfterItsReplyByDateAmongTheAnswersWeOweAndNotTheirs() {
        LetterView theirs = register(LetterMother.incoming(commissioner).expectingOurAnswer());
        LetterView ours = register(LetterMother.outgoing(commissioner));
        assertThat(overdue(LocalDate.of(2024, 12, 9), LetterDirection.INCOMING)).doesNotContain(theirs.id());
        assertThat(overdue(LocalDate.of(2024, 12, 10), LetterDirection.INCOMING)).containsExactly(theirs.id());
        assertThat(overdue(LocalDate.of(2024, 12, 10), LetterDirection.OUTGOING)).containsExactly(ours.id());
        assertThat(overdue(LocalDate.of(2024, 12, 10), null)).containsExactlyInAnyOrder(ours.id(), theirs.id());
        LetterSummary listed = as(clerk, () -> letters.overdue(LocalDate.of(2024, 12, 10), LetterDirection.INCOMING,
                commissioner, null, null, 10)).items().get(0);
        assertThat(listed.state()).isEqualTo(ReplyDeadlineState.OVERDUE);
        assertThat(listed.daysPastReplyBy()).isEqualTo(1);
    }

    @Test
    void ourLetterInReplyAnswersItInSubstanceAndEndsTheWait() {
        LetterView theirs = register(LetterMother.incoming(commissioner).expectingOurAnswer());
        LetterView answer = register(LetterMother.outgoing(commissioner).noReplyExpected()
                .answering(theirs.id(), null).signedOn(LocalDate.of(2024, 12, 2)).sentOn(LocalDate.of(2024, 12, 3))
                .registeredOn(LocalDate.of(2024, 12, 2)));
        LetterView after = as(clerk, () -> letters.get(theirs.id()));
        assertThat(after.replyStatus().state()).isEqualTo(ReplyDeadlineState.ANSWERED);
        assertThat(after.outcomes()).singleElement().satisfies(outcome -> {
            assertThat(outcome.kind()).isEqualTo(ReplyDeadlineOutcomeKind.ANSWERED);
            assertThat(outcome.on()).isEqualTo(LocalDate.of(2024, 12, 3));
            assertThat(outcome.answerLetterId()).isEqualTo(answer.id());
        });
        assertThat(overdue(LocalDate.of(2025, 1, 10), LetterDirection.INCOMING)).doesNotContain(theirs.id());
    }

    @Test
    void anAcknowledgementFromUsIsNotOurAnswerButAnAnswerLateIsLate() {
        LetterView theirs = register(LetterMother.incoming(commissioner).expectingOurAnswer());
        register(LetterMother.outgoing(commissioner).noReplyExpected()
                .answering(theirs.id(), ReplyDeadlineOutcomeKind.ACKNOWLEDGED).signedOn(LocalDate.of(2024, 11, 11))
                .sentOn(LocalDate.of(2024, 11, 11)).registeredOn(LocalDate.of(2024, 11, 11)));
        assertThat(overdue(LocalDate.of(2024, 12, 10), LetterDirection.INCOMING)).containsExactly(theirs.id());
        LetterView acknowledged = as(clerk, () -> letters.get(theirs.id()));
        LetterView answered = as(clerk, () -> letters.recordOutcome(theirs.id(), acknowledged.version(),
                new RecordOutcome(ReplyDeadlineOutcomeKind.ANSWERED, LocalDate.of(2024, 12, 20), null, null)));
        assertThat(answered.replyStatus().state()).isEqualTo(ReplyDeadlineState.ANSWERED_LATE);
        assertThat(answered.replyStatus().daysPastReplyBy()).isEqualTo(11);
    }

    @Test
    void aCorrectionThatLeavesOutOurDutyKeepsItAndTheLetterPageCanStateItLater() {
        LetterView theirs = register(LetterMother.incoming(commissioner).expectingOurAnswer());
        // the letter form does not show reply tracking for incoming letters: it posts "no answer expected"
        LetterDetails corrected = theirs.details().withReply(false, null, null, List.of());
        LetterView after = as(clerk, () -> letters.update(theirs.id(), theirs.version(), corrected));
        assertThat(after.expectsReply()).isTrue();
        assertThat(after.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 12, 9));

        LetterView plain = register(LetterMother.incoming(commissioner));
        assertThat(plain.replyStatus()).isNull();
        LetterView expected = as(clerk, () -> letters.expectOurAnswer(plain.id(), plain.version()));
        assertThat(expected.replyRule()).isEqualTo("TJ-APPEALS");
        assertThat(expected.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 12, 9));
        LetterView ours = register(LetterMother.outgoing(commissioner));
        assertThatThrownBy(() -> as(clerk, () -> letters.expectOurAnswer(ours.id(), ours.version())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactly("correspondence.letter.error.ourAnswerOnlyToIncoming"));
    }

    @Test
    void anInstitutionWithoutACountryNamesTheRuleOrTheDateByHand() {
        UUID nowhere = identity.createInstitution("test-" + UUID.randomUUID().toString().substring(0, 8),
                "An institution of no country", null, "en");
        HuquqUser officer = users.user(nowhere, Role.CASE_OFFICER);
        UUID sender = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        assertThatThrownBy(() -> as(officer, () -> letters.register(LetterMother.incoming(sender)
                .expectingOurAnswer().register())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("replyRule",
                                "correspondence.letter.error.noRuleForReceived")));
        LetterView byHand = as(officer, () -> letters.register(LetterMother.incoming(sender)
                .replyBy(LocalDate.of(2024, 11, 29)).register()));
        assertThat(byHand.replyRule()).isEqualTo(ReplyDeadlines.BY_HAND);
        assertThat(byHand.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 11, 29));
    }

    @Test
    void theirReminderFollowsUpTheirEarlierLetterNotOurs() {
        LetterView first = register(LetterMother.incoming(commissioner).expectingOurAnswer());
        LetterView reminder = register(LetterMother.incoming(commissioner).expectingOurAnswer()
                .theirs("02-" + UUID.randomUUID(), LocalDate.of(2024, 12, 1)).receivedOn(LocalDate.of(2024, 12, 5))
                .registeredOn(LocalDate.of(2024, 12, 5)).followingUp(first.id()));
        assertThat(reminder.threadId()).isEqualTo(first.threadId());
        LetterView ours = register(LetterMother.outgoing(commissioner));
        assertThatThrownBy(() -> register(LetterMother.incoming(commissioner).followingUp(ours.id())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("followsUpId",
                                "correspondence.letter.error.followsUpOtherSide")));
    }

    @Test
    void theLetterPageSaysTheyExpectOurAnswerThenShowsItsDateAndOffersToWriteIt() throws Exception {
        LetterView theirs = register(LetterMother.incoming(commissioner));
        mvc.perform(get("/letters/" + theirs.id()).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"expect-our-answer\"")))
                .andExpect(content().string(not(containsString("id=\"write-our-answer\""))));
        mvc.perform(post("/letters/" + theirs.id() + "/our-answer").param("version", String.valueOf(theirs.version()))
                        .with(csrf()).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/letters/" + theirs.id()));
        mvc.perform(get("/letters/" + theirs.id()).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Our answer")))
                .andExpect(content().string(containsString("our own answer is due under rule TJ-APPEALS")))
                .andExpect(content().string(containsString("id=\"write-our-answer\"")))
                .andExpect(content().string(not(containsString("id=\"expect-our-answer\""))))
                .andExpect(content().string(not(containsString("id=\"draft-follow-up\""))));
        mvc.perform(get("/letters/overdue").param("direction", "INCOMING").param("on", "2024-12-10")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(theirs.reference())))
                .andExpect(content().string(containsString("<option value=\"INCOMING\" selected=\"selected\"")));
        mvc.perform(get("/letters/overdue").param("direction", "OUTGOING").param("on", "2024-12-10")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(theirs.reference()))));
    }

    private LetterView register(LetterMother letter) {
        return as(clerk, () -> letters.register(letter.register()));
    }

    private List<UUID> overdue(LocalDate on, LetterDirection direction) {
        return as(clerk, () -> letters.overdue(on, direction, commissioner, null, null, 100)).items().stream()
                .map(LetterSummary::id).toList();
    }
}
