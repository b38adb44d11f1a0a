package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huquq.correspondence.LinkedPerson;
import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.DemoInstitutionsCreated.DemoInstitution;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.huquq.shared.Confidentiality;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo (on by default, so loaded at the first start of a test database) holds the story's phone call, once: only
 * the first start publishes the demo event, and the call is not added again when it is recorded already. Read through
 * the database: on PostgreSQL the demo may have been created by another test context.
 */
@SpringBootTest
class DemoCommunicationsTests {

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    DemoCommunications demo;

    @Test
    void theTajikOmbudsmanDiscussedTheFailedVisitWithTheRussianCommissionerByPhoneOnce() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        CounterpartView commissioner = identity.runAsSystem(tajik, () -> counterparts.find(
                new CounterpartFilter(null, "OMBUDSMAN", "RU", null), null, 1).items().get(0));

        List<CommunicationSummary> calls = calls(tajik, commissioner);
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.reference()).matches("CALL-\\d{6}");
            assertThat(call.kind()).isEqualTo("PHONE_CALL");
            assertThat(call.confidentiality()).isEqualTo(Confidentiality.CONFIDENTIAL);
        });
        CommunicationView call = identity.runAsSystem(tajik, () -> communications.get(calls.get(0).id()));
        assertThat(call.participants()).extracting(CommunicationParticipant::name, CommunicationParticipant::side)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Умед Бобозода", CommunicationSide.OURS),
                        org.assertj.core.groups.Tuple.tuple("Татьяна Москалькова", CommunicationSide.THEIRS));
        assertThat(call.summary()).contains("Крокус Сити Холл").contains("натиҷа надод");
        assertThat(call.outcome()).contains("таҳқиқи ҳамаҷониба");
        assertThat(call.language()).isEqualTo("tg");
        assertThat(call.persons()).extracting(LinkedPerson::name).singleElement().asString().contains("Шарипов");
        assertThat(call.places()).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("СИЗО-2"));

        demo.on(new DemoInstitutionsCreated(List.of(new DemoInstitution(tajik, "tj-ombudsman", "TJ", null, null))));
        assertThat(calls(tajik, commissioner)).as("told again, it adds nothing").hasSize(1);

    }

    @Test
    void theCommissionersLogHoldsTheSameCallFromHerSideInRussian() {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<CommunicationSummary> logged = identity.runAsSystem(russian,
                () -> communications.find(CommunicationFilter.none(), null, 10)).items();
        assertThat(logged).singleElement().satisfies(call -> {
            assertThat(call.kind()).isEqualTo("PHONE_CALL");
            assertThat(call.subject()).contains("Крокус Сити Холле");
        });
        CommunicationView call = identity.runAsSystem(russian, () -> communications.get(logged.get(0).id()));
        assertThat(call.occurredOn()).isEqualTo(DemoCommunications.CALL_DATE);
        assertThat(call.participants()).extracting(CommunicationParticipant::name, CommunicationParticipant::side)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Татьяна Москалькова", CommunicationSide.OURS),
                        org.assertj.core.groups.Tuple.tuple("Умед Бобозода", CommunicationSide.THEIRS));
        assertThat(call.language()).isEqualTo("ru");
        assertThat(call.summary()).contains("встреча не состоялась").doesNotContainPattern("[A-Za-z]")
                .doesNotMatch(DemoLettersTests.TAJIK_LETTER);
        assertThat(call.outcome()).contains("тщательному расследованию").doesNotContainPattern("[A-Za-z]");
    }

    private List<CommunicationSummary> calls(UUID tajik, CounterpartView commissioner) {
        return identity.runAsSystem(tajik, () -> communications.find(CommunicationFilter.with(commissioner.id()), null,
                CommunicationManagement.MAX_PAGE_SIZE)).items();
    }
}
