package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The story's letters, seen from both demo offices: more than ten letters, one answer. */
@SpringBootTest
class DemoLettersTests {

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Test
    void theTajikOmbudsmansScorecardForTheCommissionerIsElevenLettersOneAnswerTenOverdue() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        Scorecard card = identity.runAsSystem(tajik, () -> {
            UUID commissioner = counterparts.find(new CounterpartFilter(null, "OMBUDSMAN", "RU", true), 0, 1)
                    .items().get(0).id();
            return letters.scorecard(commissioner, LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31),
                    LocalDate.of(2025, 1, 15));
        });
        assertThat(card.sent()).isEqualTo(11);
        assertThat(card.answered()).isEqualTo(1);
        assertThat(card.overdue()).isEqualTo(10);
        assertThat(card.received()).isEqualTo(1);
        assertThat(card.chains()).hasSize(2);
        assertThat(card.chains()).anySatisfy(chain -> assertThat(chain.lastState())
                .isEqualTo(ReplyDeadlineState.ANSWERED));
        LetterSummary answer = identity.runAsSystem(tajik, () -> letters.find(new LetterFilter(
                LetterDirection.INCOMING, card.counterpartId(), null, null, null), 0, 1)).letters().get(0);
        LetterView read = identity.runAsSystem(tajik, () -> letters.get(answer.id()));
        assertThat(read.body()).contains("на контроле Министерства внутренних дел");
        LetterView october = identity.runAsSystem(tajik, () -> letters.get(read.inReplyToId()));
        assertThat(october.sentOn()).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(october.translations()).singleElement().satisfies(t -> assertThat(t.language()).isEqualTo("tg"));
    }

    @Test
    void theCommissionersOfficeReceivedTheElevenLettersAndSentOneAnswer() {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<LetterSummary> registry = identity.runAsSystem(russian,
                () -> letters.find(new LetterFilter(null, null, null, null, null), 0, 100)).letters();
        assertThat(registry).filteredOn(l -> l.direction() == LetterDirection.INCOMING).hasSize(11);
        assertThat(registry).filteredOn(l -> l.direction() == LetterDirection.OUTGOING).singleElement()
                .satisfies(l -> assertThat(l.reference()).isEqualTo("OUT-2024-0001"));
    }
}
