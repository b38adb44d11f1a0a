package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.shared.KeysetPage;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The story's letters, seen from both demo offices, each in its own language: more than ten letters, one answer; for
 * the Tajik office, eleven letters with one answer, for the Russian office, eleven letters she owes an answer to, one
 * answered.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DemoLettersTests {

    /** A letter of the Tajik alphabet that Russian does not have. */
    static final String TAJIK_LETTER = "(?s).*[ғӣқӯҳҷҒӢҚӮҲҶ].*";

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void theTajikOmbudsmansScorecardForTheCommissionerIsElevenLettersOneAnswerTenOverdue() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        Scorecard card = identity.runAsSystem(tajik, () -> {
            UUID commissioner = ombudsman("RU");
            return letters.scorecard(commissioner, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                    LocalDate.of(2025, 1, 15));
        });
        assertThat(card.sent()).isEqualTo(11);
        assertThat(card.answered()).isEqualTo(1);
        assertThat(card.overdue()).isEqualTo(10);
        assertThat(card.received()).isEqualTo(1);
        assertThat(card.ours().expectingAnswer()).as("the Commissioner's answer expects none back").isZero();
        assertThat(card.chains()).hasSize(2);
        assertThat(card.chains()).anySatisfy(chain -> assertThat(chain.lastState())
                .isEqualTo(ReplyDeadlineState.ANSWERED));
        LetterSummary answer = identity.runAsSystem(tajik, () -> letters.find(new LetterFilter(
                LetterDirection.INCOMING, card.counterpartId(), null, null, null), null, 1)).items().get(0);
        LetterView read = identity.runAsSystem(tajik, () -> letters.get(answer.id()));
        assertThat(read.body()).contains("на контроле Министерства внутренних дел");
        LetterView october = identity.runAsSystem(tajik, () -> letters.get(read.inReplyToId()));
        assertThat(october.sentOn()).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(october.translations()).singleElement().satisfies(t -> assertThat(t.language()).isEqualTo("tg"));
        // the complaint about the viral videos concerns the woman, the boy and the elderly man held at the border
        assertThat(october.personIds()).hasSize(3);
        assertThat(october.placeIds()).hasSize(1);
    }

    @Test
    void theCommissionersOfficeOwesAnAnswerToEachOfTheElevenLettersAndGaveOne() {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<LetterSummary> registry = identity.runAsSystem(russian,
                () -> letters.find(new LetterFilter(null, null, null, null, null), null, 100)).items();
        assertThat(registry).filteredOn(l -> l.direction() == LetterDirection.OUTGOING).singleElement()
                .satisfies(l -> assertThat(l.reference()).isEqualTo("OUT-2024-0001"));
        List<LetterSummary> theirs = registry.stream().filter(l -> l.direction() == LetterDirection.INCOMING)
                .toList();
        assertThat(theirs).hasSize(11).allSatisfy(l -> assertThat(l.replyBy()).isNotNull());
        assertThat(theirs).extracting(LetterSummary::state).filteredOn(ReplyDeadlineState::isOpen).hasSize(10);
        assertThat(theirs).extracting(LetterSummary::state).containsOnlyOnce(ReplyDeadlineState.ANSWERED);

        // her backlog: the ten letters she never answered, in the list of answers we owe
        KeysetPage<LetterSummary> backlog = identity.runAsSystem(russian,
                () -> letters.overdue(LocalDate.of(2025, 1, 15), LetterDirection.INCOMING, null, null, null, 100));
        assertThat(backlog.total()).isEqualTo(10);
        assertThat(identity.runAsSystem(russian, () -> letters.overdue(LocalDate.of(2025, 1, 15),
                LetterDirection.OUTGOING, null, null, null, 100)).total()).as("she awaits no answer herself").isZero();

        LetterSummary first = theirs.stream().filter(l -> l.sentOn().equals(LocalDate.of(2023, 3, 14))).findFirst()
                .orElseThrow();
        LetterView opened = identity.runAsSystem(russian, () -> letters.get(first.id()));
        assertThat(opened.replyRule()).as("Russia's rule for the letters its offices receive").isEqualTo("RU-59-FZ");
        // received and registered on 20 March 2023, 30 days from registration: 19 April 2023
        assertThat(opened.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2023, 4, 19));

        LetterSummary october = theirs.stream().filter(l -> l.sentOn().equals(DemoLetters.OCTOBER)).findFirst()
                .orElseThrow();
        LetterView complaint = identity.runAsSystem(russian, () -> letters.get(october.id()));
        assertThat(complaint.outcomes()).singleElement()
                .satisfies(o -> assertThat(o.kind()).isEqualTo(ReplyDeadlineOutcomeKind.ANSWERED));
        assertThat(complaint.personIds()).as("the migrants the complaint names").hasSize(3);
        assertThat(complaint.placeIds()).as("the border facility").hasSize(1);
        // chained as the Tajik office sent them: one chain per subject, each reminder following the letter before
        assertThat(identity.runAsSystem(russian, () -> letters.chain(october.id()))).hasSize(10);
        assertThat(complaint.followsUpId()).isNotNull();
    }

    @Test
    void theCommissionersScorecardSaysSheAnsweredOneOfHisElevenIn19Days() throws Exception {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        UUID ombudsman = identity.runAsSystem(russian, () -> ombudsman("TJ"));
        Scorecard card = identity.runAsSystem(russian, () -> letters.scorecard(ombudsman, LocalDate.of(2023, 1, 1),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 15)));
        assertThat(card.received()).isEqualTo(11);
        assertThat(card.ours().expectingAnswer()).isEqualTo(11);
        assertThat(card.ours().answered()).isEqualTo(1);
        assertThat(card.ours().overdue()).isEqualTo(10);
        // received on 13 October 2024, answered on 1 November
        assertThat(card.ours().medianDaysToAnswer()).isEqualTo(19.0);
        assertThat(card.sent()).isEqualTo(1);
        assertThat(card.expectingAnswer()).isZero();
        assertThat(card.chains()).hasSize(2);

        HuquqUser officer = users.user(russian, Role.CASE_OFFICER);
        mvc.perform(get("/institutions/" + ombudsman + "/scorecard").param("from", "2023-01-01")
                        .param("to", "2024-12-31").sessionAttr("huquq.language", "ru")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Мы ответили по существу на 1 из 11 их писем; просрочено наших ответов: 10.")));
        mvc.perform(get("/letters/overdue").param("direction", "INCOMING").sessionAttr("huquq.language", "ru")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("10 писем")))
                .andExpect(content().string(containsString("IN-2023-0001")));
    }

    @Test
    void eachOfficeSummarisesItsLettersInItsOwnLanguage() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<LetterView> tajikLetters = read(tajik);
        List<LetterView> russianLetters = read(russian);
        assertThat(tajikLetters).hasSize(12).allSatisfy(letter -> assertThat(letter.summary())
                .matches(TAJIK_LETTER).doesNotContainPattern("[A-Za-z]"));
        assertThat(russianLetters).hasSize(12).allSatisfy(letter -> assertThat(letter.summary())
                .matches("(?s).*[а-яА-Я].*").doesNotMatch(TAJIK_LETTER).doesNotContainPattern("[A-Za-z]"));
    }

    private List<LetterView> read(UUID institution) {
        return identity.runAsSystem(institution, () -> letters.find(new LetterFilter(null, null, null, null, null),
                null, 100).items().stream().map(l -> letters.get(l.id())).toList());
    }

    private UUID ombudsman(String country) {
        return counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", country, true), null, 1).items().get(0).id();
    }
}
