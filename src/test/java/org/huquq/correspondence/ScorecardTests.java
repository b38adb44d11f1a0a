package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** "Eleven letters, one answer" as the scorecard counts it. */
@SpringBootTest
@AutoConfigureMockMvc
class ScorecardTests {

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    HuquqUser clerk;
    UUID commissioner;
    LetterView october;

    @BeforeEach
    void elevenLettersOneAnswer() {
        clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        LetterView first = null;
        for (int i = 0; i < 11; i++) {
            LocalDate sent = LocalDate.of(2023, 12, 4).plusMonths(i);
            UUID followed = first == null ? null : first.id();
            LetterView letter = as(clerk, () -> letters.register(LetterMother.outgoing(commissioner)
                    .registeredOn(sent).signedOn(sent).sentOn(sent).followingUp(followed).register()));
            first = first == null ? letter : first;
            october = letter;
        }
        LetterView acknowledged = first;
        as(clerk, () -> letters.recordOutcome(acknowledged.id(), acknowledged.version(), new RecordOutcome(
                ReplyDeadlineOutcomeKind.ACKNOWLEDGED, LocalDate.of(2024, 1, 15), null, null)));
        as(clerk, () -> letters.register(LetterMother.incoming(commissioner)
                .theirs("15-08/2024", LocalDate.of(2024, 11, 1)).receivedOn(LocalDate.of(2024, 11, 8))
                .registeredOn(LocalDate.of(2024, 11, 8))
                .answering(october.id(), ReplyDeadlineOutcomeKind.ANSWERED).register()));
    }

    @Test
    void countsSentAnsweredAcknowledgedAndOverdueAsOfADay() {
        Scorecard card = as(clerk, () -> letters.scorecard(commissioner, LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 10)));
        assertThat(card.sent()).isEqualTo(11);
        assertThat(card.answered()).isEqualTo(1);
        assertThat(card.acknowledgedOnly()).isEqualTo(1);
        assertThat(card.unanswered()).isEqualTo(10);
        assertThat(card.overdue()).isEqualTo(10);
        assertThat(card.received()).isEqualTo(1);
        // October's letter went on 4 October 2024, the answer is dated 1 November: 28 days
        assertThat(card.medianDaysToAnswer()).isEqualTo(28.0);
        assertThat(card.p90DaysToAnswer()).isEqualTo(28);
        assertThat(card.chains()).singleElement().satisfies(chain -> {
            assertThat(chain.outgoing()).isEqualTo(11);
            assertThat(chain.incoming()).isEqualTo(1);
        });
        assertThat(card.months().stream().mapToInt(Scorecard.Month::sent).sum()).isEqualTo(11);
    }

    @Test
    void onTheDayBeforeTheFirstReplyByDateNothingIsOverdue() {
        Scorecard card = as(clerk, () -> letters.scorecard(commissioner, LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 5)));
        assertThat(card.sent()).isEqualTo(1);
        assertThat(card.overdue()).isZero();
        assertThat(card.unanswered()).isEqualTo(1);
    }

    @Test
    void thePageSaysItInOneSentenceInTajikAndTheApiGivesTheCounts() throws Exception {
        mvc.perform(get("/institutions/" + commissioner + "/scorecard").param("from", "2023-01-01")
                        .param("to", "2024-12-31").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Мактубҳои фиристодашуда: 11; ҷавобҳо аз рӯи моҳият: 1")))
                .andExpect(content().string(containsString("<svg id=\"timeline\"")));
        mvc.perform(get("/api/v1/institutions/" + commissioner + "/scorecard").param("from", "2023-01-01")
                        .param("to", "2024-12-31").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sent").value(11))
                .andExpect(jsonPath("$.answered").value(1));
        mvc.perform(get("/api/v1/institutions/" + UUID.randomUUID() + "/scorecard")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isNotFound());
    }

    @Test
    void countsOurAnswersToTheirLettersTheOtherWayWithOurMedianDaysToAnswer() throws Exception {
        List<LetterView> theirs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LocalDate received = LocalDate.of(2024, 6, 3).plusMonths(i);
            String number = "T-" + i + "-" + UUID.randomUUID();
            theirs.add(as(clerk, () -> letters.register(LetterMother.incoming(commissioner).expectingOurAnswer()
                    .theirs(number, received.minusDays(5)).receivedOn(received).registeredOn(received).register())));
        }
        // we answer the first letter (received 3 June) on 15 June: 12 days
        as(clerk, () -> letters.register(LetterMother.outgoing(commissioner).noReplyExpected()
                .answering(theirs.get(0).id(), null).registeredOn(LocalDate.of(2024, 6, 15))
                .signedOn(LocalDate.of(2024, 6, 15)).sentOn(LocalDate.of(2024, 6, 15)).register()));
        // on 20 August the second (due 2 August) is overdue, the third (due 2 September) still in time
        Scorecard card = as(clerk, () -> letters.scorecard(commissioner, LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2024, 8, 20)));
        assertThat(card.ours().expectingAnswer()).isEqualTo(3);
        assertThat(card.ours().answered()).isEqualTo(1);
        assertThat(card.ours().unanswered()).isEqualTo(2);
        assertThat(card.ours().overdue()).isEqualTo(1);
        assertThat(card.ours().medianDaysToAnswer()).isEqualTo(12.0);
        assertThat(card.received()).isEqualTo(4);
        assertThat(card.sent()).isEqualTo(12);
        assertThat(card.expectingAnswer()).as("our answer expects none back").isEqualTo(11);
        assertThat(card.answered()).as("their side is counted apart: their answer came in November").isZero();
        mvc.perform(get("/institutions/" + commissioner + "/scorecard").param("from", "2023-01-01")
                        .param("to", "2024-12-31").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "We answered 1 of their 3 letters in substance; 2 of our answers are overdue.")));
        mvc.perform(get("/api/v1/institutions/" + commissioner + "/scorecard").param("from", "2023-01-01")
                        .param("to", "2024-12-31").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ours.answered").value(1))
                .andExpect(jsonPath("$.ours.expectingAnswer").value(3));
    }

    @Test
    void medianAndNearestRankPercentile() {
        assertThat(Scorecards.median(List.of(1L, 3L, 10L, 40L))).isEqualTo(6.5);
        assertThat(Scorecards.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9);
        assertThat(Scorecards.median(List.of())).isNull();
    }
}
