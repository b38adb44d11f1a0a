package org.huquq.correspondence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.assertj.core.api.Assertions;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class CommunicationWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    HuquqUser officer;
    HuquqUser analyst;
    CounterpartView commissioner;

    @BeforeEach
    void staff() {
        UUID institution = users.institution();
        officer = users.user(institution, Role.CASE_OFFICER);
        analyst = users.user(institution, Role.ANALYST);
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build()));
    }

    MockHttpServletRequestBuilder postAs(HuquqUser user, String url) {
        return post(url).with(csrf()).with(authentication(TestUsers.signedIn(user)));
    }

    MockHttpServletRequestBuilder getAs(HuquqUser user, String url) {
        return get(url).with(authentication(TestUsers.signedIn(user)));
    }

    @Test
    void recordingThroughTheFormShowsTheCallWithItsParticipantsAndLinksInTajik() throws Exception {
        UUID person = as(officer, () -> persons.register(PersonMother.named("Шарипов", "Далер").build())).id();
        UUID place = as(officer, () -> places.create(PlaceMother.colony().build())).id();
        String subject = "Дастрасӣ ба боздоштшудагон " + CounterpartMother.marker();
        String location = mvc.perform(postAs(officer, "/communications")
                        .param("kind", "PHONE_CALL").param("occurredOn", "2024-04-05").param("occurredTime", "10:30")
                        .param("counterpartQuery", commissioner.reference().toLowerCase())
                        .param("participants[0].name", "Умед Бобозода").param("participants[0].side", "OURS")
                        .param("participants[0].role", "Ваколатдор")
                        .param("participants[1].name", "Татьяна Москалькова").param("participants[1].side", "THEIRS")
                        .param("participants[2].name", "").param("participants[2].side", "")
                        .param("subject", subject).param("summary", "Сафар натиҷа надод; ғӣқӯҳҷ.")
                        .param("outcome", "Ба таҳқиқ даъват кард.").param("language", "TG")
                        .param("personIds", person.toString()).param("placeIds", place.toString())
                        .param("confidentiality", "INTERNAL").param("teamId", ""))
                .andExpect(redirectedUrlPattern("/communications/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(getAs(officer, location).sessionAttr("huquq.language", "tg"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(containsString("Сафар натиҷа надод; ғӣқӯҳҷ.")))
                .andExpect(content().string(containsString("Гуфтугӯи телефонӣ")))
                .andExpect(content().string(containsString("10:30")))
                .andExpect(content().string(containsString("Умед Бобозода")))
                .andExpect(content().string(containsString("Ҷониби мо")))
                .andExpect(content().string(containsString("href=\"/persons/" + person + "\"")))
                .andExpect(content().string(containsString("Шарипов")))
                .andExpect(content().string(containsString("href=\"/places/" + place + "\"")))
                .andExpect(content().string(containsString("Муассисаи ислоҳии ЯС 3/1")))
                .andExpect(content().string(containsString("href=\"/institutions/" + commissioner.id() + "\"")))
                .andExpect(content().string(containsString("Сабт шуд")))
                .andExpect(content().string(containsString("id=\"edit-communication\"")));
        mvc.perform(getAs(analyst, location))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(not(containsString("Шарипов"))))
                .andExpect(content().string(not(containsString("id=\"edit-communication\""))));
    }

    @Test
    void invalidFormShowsFieldErrorsInTajikAndSavesNothing() throws Exception {
        String tomorrowEverywhere = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        mvc.perform(postAs(officer, "/communications").sessionAttr("huquq.language", "tg")
                        .param("kind", "PHONE_CALL").param("occurredOn", tomorrowEverywhere)
                        .param("counterpartQuery", "INST-999999")
                        .param("participants[0].name", "12345").param("participants[0].side", "OURS")
                        .param("subject", "Мавзӯъ").param("summary", "Мазмун").param("language", "tajik")
                        .param("personIds", UUID.randomUUID().toString()).param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "occurredOn", "counterpartQuery",
                        "participants[0].name", "language", "personIds[0]"))
                .andExpect(content().string(containsString("Ин сана ҳанӯз нарасидааст")))
                .andExpect(content().string(containsString("Ягон сабти мувофиқ, ки ба шумо дастрас бошад, ёфт нашуд.")))
                .andExpect(content().string(containsString("Ном бояд ҳарф дошта бошад.")))
                .andExpect(content().string(containsString("Ёфт нашуд: чунин сабте, ки ба шумо дастрас бошад, нест.")));
        mvc.perform(postAs(officer, "/communications").sessionAttr("huquq.language", "tg")
                        .param("kind", "").param("occurredOn", "5 April").param("counterpartId", "")
                        .param("subject", " ").param("summary", "").param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "kind", "occurredOn", "counterpartId",
                        "subject", "summary"))
                .andExpect(content().string(containsString("Ин майдон ҳатмист.")))
                .andExpect(content().string(containsString("Лутфан майдонҳои дар поён қайдшударо ислоҳ кунед.")));
        Assertions.assertThat(as(officer, () -> communications.find(CommunicationFilter.none(), null, 10)).items())
                .isEmpty();
    }

    @Test
    void findingAPersonOrPlaceOffersItToLinkKeepsWhatWasTypedAndSavesNothing() throws Exception {
        String family = cyrillicMarker() + "ова";
        UUID person = as(officer, () -> persons.register(PersonMother.named(family, "Ҳилола").build())).id();
        UUID place = as(officer, () -> places.create(PlaceMother.colony().build())).id();
        mvc.perform(postAs(officer, "/communications").param("find", "personIds").param("personQuery", family)
                        .param("subject", "Typed before searching").param("kind", ""))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("value=\"" + person + "\"")))
                .andExpect(content().string(containsString(family)))
                .andExpect(content().string(containsString("value=\"Typed before searching\"")));
        mvc.perform(postAs(officer, "/communications").param("find", "placeIds").param("placeQuery", "YAS 3/1")
                        .param("personIds", person.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + place + "\"")))
                .andExpect(content().string(containsString("value=\"" + person + "\" checked")));
        Assertions.assertThat(as(officer, () -> communications.find(CommunicationFilter.none(), null, 10)).items())
                .isEmpty();
    }

    @Test
    void aNameTypedInAPickerLinksTheOnePersonItNamesAndOffersAChoiceWhenItNamesSeveral() throws Exception {
        String family = cyrillicMarker() + "зода";
        UUID first = as(officer, () -> persons.register(PersonMother.named(family, "Далер").build())).id();
        String location = mvc.perform(postAs(officer, "/communications")
                        .param("kind", "PHONE_CALL").param("occurredOn", "2024-04-05")
                        .param("counterpartId", commissioner.id().toString())
                        .param("participants[0].name", "Умед Бобозода").param("participants[0].side", "OURS")
                        .param("subject", "Typed, not picked").param("summary", "Мазмун")
                        .param("personQuery", family).param("confidentiality", "INTERNAL"))
                .andExpect(redirectedUrlPattern("/communications/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID saved = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Assertions.assertThat(as(officer, () -> communications.get(saved)).personIds()).containsExactly(first);

        UUID second = as(officer, () -> persons.register(PersonMother.named(family, "Фарҳод").build())).id();
        mvc.perform(postAs(officer, "/communications").sessionAttr("huquq.language", "ru")
                        .param("kind", "PHONE_CALL").param("occurredOn", "2024-04-05")
                        .param("counterpartId", commissioner.id().toString())
                        .param("participants[0].name", "Умед Бобозода").param("participants[0].side", "OURS")
                        .param("subject", "Two namesakes").param("summary", "Мазмун")
                        .param("personQuery", family).param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "personQuery"))
                .andExpect(content().string(containsString("Подходят несколько записей: отметьте нужную.")))
                .andExpect(content().string(containsString("value=\"" + first + "\">")))
                .andExpect(content().string(containsString("value=\"" + second + "\">")));
        Assertions.assertThat(as(officer, () -> communications.find(CommunicationFilter.none(), null, 10)).items())
                .extracting(CommunicationSummary::subject).containsExactly("Typed, not picked");
    }

    @Test
    void thePickerSuggestsAsOneTypesOnlyWhatTheReaderMayRead() throws Exception {
        String family = cyrillicMarker() + "ова";
        UUID person = as(officer, () -> persons.register(PersonMother.named(family, "Ҳилола").build())).id();
        mvc.perform(getAs(officer, "/search/pick").header("HX-Request", "true").param("kind", "persons")
                        .param("field", "personIds").param("queryField", "personQuery").param("personQuery", family))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-id=\"" + person + "\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(getAs(analyst, "/search/pick").param("kind", "persons").param("field", "personIds")
                        .param("queryField", "personQuery").param("personQuery", family))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(person.toString()))));
    }

    @Test
    void editingWithAStaleVersionAsksToReload() throws Exception {
        CommunicationView created = as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).build()));
        as(officer, () -> communications.update(created.id(), created.version(),
                CommunicationMother.call().with(commissioner.id()).outcome("changed by a colleague").build()));
        mvc.perform(getAs(officer, "/communications/" + created.id() + "/edit"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + commissioner.id() + "\" checked")))
                .andExpect(content().string(containsString(commissioner.reference() + ")")))
                .andExpect(content().string(containsString("name=\"participants[3].name\"")));
        mvc.perform(postAs(officer, "/communications/" + created.id())
                        .param("kind", "PHONE_CALL").param("occurredOn", "2024-04-05")
                        .param("counterpartId", commissioner.id().toString())
                        .param("participants[0].name", "Умед Бобозода").param("participants[0].side", "OURS")
                        .param("subject", "My change").param("summary", "Мазмун").param("confidentiality", "INTERNAL")
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
        Assertions.assertThat(as(officer, () -> communications.get(created.id())).outcome())
                .isEqualTo("changed by a colleague");
    }

    @Test
    void theListFiltersShowsAnEmptyStateAndAnswersHtmxWithItsResultsOnly() throws Exception {
        CounterpartView ministry = as(officer, () -> counterparts.create(CounterpartMother.ministry().build()));
        CommunicationView call = as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).build()));
        CommunicationView meeting = as(officer, () -> communications.create(CommunicationMother.meeting()
                .with(ministry.id()).on(LocalDate.of(2024, 6, 1)).build()));
        mvc.perform(getAs(analyst, "/communications"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(call.subject())))
                .andExpect(content().string(containsString(meeting.subject())))
                .andExpect(content().string(not(containsString("id=\"new-communication\""))));
        mvc.perform(getAs(analyst, "/communications").param("counterpart", commissioner.id().toString())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(call.subject())))
                .andExpect(content().string(not(containsString(meeting.subject()))));
        mvc.perform(getAs(officer, "/communications").param("kind", "MEETING").param("from", "2024-01-01")
                        .param("to", "2024-03-31").sessionAttr("huquq.language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Нет подходящих звонков и встреч")))
                .andExpect(content().string(containsString("id=\"new-communication\"")));
    }

    @Test
    void theCounterpartsPageListsItsLatestCallsAndOffersToRecordOne() throws Exception {
        CommunicationView call = as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).build()));
        mvc.perform(getAs(officer, "/institutions/" + commissioner.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(call.subject())))
                .andExpect(content().string(containsString("href=\"/communications/" + call.id() + "\"")))
                .andExpect(content().string(containsString("/communications/new?counterpart=" + commissioner.id())));
        mvc.perform(getAs(officer, "/communications/new").param("counterpart", commissioner.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + commissioner.id() + "\" checked")))
                .andExpect(content().string(containsString(commissioner.reference() + ")")));
    }

    /** A random family name root, so that searches in a shared database find only this test's person. */
    static String cyrillicMarker() {
        String letters = "бвгдзклмнпрстфхҷқғ";
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder marker = new StringBuilder("Ж");
        for (int i = 0; i < 7; i++) {
            marker.append(letters.charAt(random.nextInt(letters.length()))).append(i % 2 == 0 ? "а" : "о");
        }
        return marker.toString();
    }

    @Test
    void readOnlyRolesCannotOpenTheFormOrPost() throws Exception {
        mvc.perform(getAs(analyst, "/communications/new")).andExpect(status().isForbidden());
        mvc.perform(postAs(analyst, "/communications").param("kind", "PHONE_CALL"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/communications").with(authentication(TestUsers.signedIn(officer)))
                        .param("kind", "PHONE_CALL"))
                .andExpect(status().isForbidden());
    }
}
