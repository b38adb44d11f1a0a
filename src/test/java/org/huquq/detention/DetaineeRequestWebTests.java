package org.huquq.detention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.PersonView;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.places.PlaceView;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class DetaineeRequestWebTests {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    DetentionManagement detentions;

    @Autowired
    DetaineeRequestManagement requests;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    HuquqUser monitor;
    HuquqUser analyst;
    PersonView person;
    DetentionView detention;

    @BeforeEach
    void aPersonHeldAbroad() {
        clock.today(TODAY);
        UUID institution = users.institution();
        monitor = users.user(institution, Role.MONITOR);
        analyst = users.user(institution, Role.ANALYST);
        String marker = CounterpartMother.marker();
        PlaceView colony = TestUsers.as(monitor, () -> places.create(PlaceMother.colony().code("YAS " + marker)
                .in("RU").build()));
        person = TestUsers.as(monitor, () -> persons.register(PersonMother.named("Қодиров", "Ҷамшед " + marker)
                .build()));
        detention = TestUsers.as(monitor, () -> detentions.create(new DetentionDetails(person.id(), colony.id(),
                LocalDate.of(2022, 4, 1), null, "SENTENCED", null, null, null, null, null)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    RequestPostProcessor signedIn(HuquqUser user) {
        return authentication(TestUsers.signedIn(user));
    }

    RequestView asked(String kind) {
        return TestUsers.as(monitor, () -> requests.create(new RequestDetails(person.id(), detention.id(), kind, null,
                LocalDate.of(2025, 2, 10), RaisedIn.VISIT, null, "VIS-2025-001", "Words of " + kind, "ru", null)));
    }

    @Test
    void aRequestRecordedThroughTheFormKeepsItsTajikWordsAndShowsOnTheRecordsPage() throws Exception {
        String words = "Мехоҳам ҷазоро дар ватан адо кунам — ғӣқӯҳҷ";
        mvc.perform(get("/detainee-requests/new").param("person", person.id().toString())
                        .param("detention", detention.id().toString()).with(signedIn(monitor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"personId\" value=\"" + person.id() + "\" checked")))
                .andExpect(content().string(containsString("value=\"" + detention.id() + "\" selected")))
                .andExpect(content().string(containsString(detention.reference() + " · 1 April 2022")));
        String location = mvc.perform(post("/detainee-requests").with(csrf()).with(signedIn(monitor))
                        .param("personQuery", person.reference()).param("detentionId", detention.id().toString())
                        .param("kind", "TRANSFER_HOME").param("askedBy", "").param("askedOn", "2025-02-10")
                        .param("raisedIn", "VISIT").param("sourceReference", "Боздид аз ЯС 3/1")
                        .param("words", words).param("wordsLanguage", "TG").param("ownerId", monitor.userId().toString()))
                .andExpect(redirectedUrlPattern("/detainee-requests/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(signedIn(monitor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(words)))
                .andExpect(content().string(containsString("lang=\"tg\"")))
                .andExpect(content().string(containsString("Интиқол ба ватан барои адои ҷазо")))
                .andExpect(content().string(containsString("Қабул шуд")))
                .andExpect(content().string(containsString("Боздид аз ЯС 3/1")))
                .andExpect(content().string(containsString("href=\"/detentions/" + detention.id() + "\"")))
                .andExpect(content().string(containsString(monitor.displayName())))
                .andExpect(content().string(containsString("id=\"step-form\"")));
        mvc.perform(get("/detentions/" + detention.id()).with(signedIn(monitor)))
                .andExpect(content().string(containsString("href=\"" + location + "\"")));
        mvc.perform(get("/persons/" + person.id()).with(signedIn(monitor)))
                .andExpect(content().string(containsString("id=\"detainee-requests\"")))
                .andExpect(content().string(containsString("href=\"" + location + "\"")))
                .andExpect(content().string(containsString("Transfer home to serve the sentence · Received")));
    }

    @Test
    void aRequestNeedsItsWordsAndARecordOfItsOwnPerson() throws Exception {
        PersonView other = TestUsers.as(monitor, () -> persons.register(PersonMother.named("Other", "Person").build()));
        mvc.perform(post("/detainee-requests").with(csrf()).with(signedIn(monitor)).sessionAttr("huquq.language", "ru")
                        .param("personId", other.id().toString()).param("detentionId", detention.id().toString())
                        .param("kind", "MEDICAL_CARE").param("askedOn", "2025-02-10").param("raisedIn", "OTHER")
                        .param("words", "").param("wordsLanguage", "ru"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "words", "detentionId"))
                .andExpect(content().string(containsString("Выберите одну из записей о содержании этого человека")));
        assertThat(TestUsers.as(monitor, () -> requests.find(new RequestFilter(null, null, false, null, null), null,
                10)).items()).isEmpty();
    }

    @Test
    void aStepMovesTheStatusAndAStaleStepIsRefused() throws Exception {
        RequestView request = asked("TRANSFER_HOME");
        mvc.perform(post("/detainee-requests/" + request.id() + "/steps").with(csrf()).with(signedIn(monitor))
                        .param("on", "2025-02-20").param("status", "IN_PROGRESS")
                        .param("note", "Запрос направлен в ФСИН России").param("version", String.valueOf(request.version())))
                .andExpect(redirectedUrl("/detainee-requests/" + request.id()));
        mvc.perform(get("/detainee-requests/" + request.id()).sessionAttr("huquq.language", "ru")
                        .with(signedIn(monitor)))
                .andExpect(content().string(containsString("id=\"steps\"")))
                .andExpect(content().string(containsString("Запрос направлен в ФСИН России")))
                .andExpect(content().string(containsString("<span id=\"request-status\" class=\"badge IN_PROGRESS\">")));
        mvc.perform(post("/detainee-requests/" + request.id() + "/steps").with(csrf()).with(signedIn(monitor))
                        .param("on", "2025-02-25").param("status", "REFUSED").param("note", "Отказ")
                        .param("version", String.valueOf(request.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this request or recorded a step")))
                .andExpect(content().string(containsString(
                        "name=\"version\" value=\"" + (request.version() + 1) + "\"")));
        mvc.perform(post("/detainee-requests/" + request.id() + "/steps").with(csrf()).with(signedIn(monitor))
                        .param("on", "2025-01-01").param("status", "REFUSED").param("note", "Отказ")
                        .param("version", String.valueOf(request.version() + 1)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("stepForm", "on"));
        assertThat(TestUsers.as(monitor, () -> requests.get(request.id())).status())
                .isEqualTo(RequestStatus.IN_PROGRESS);
        mvc.perform(post("/detainee-requests/" + request.id() + "/steps").with(csrf()).with(signedIn(analyst))
                        .param("on", "2025-02-25").param("status", "REFUSED").param("note", "Отказ")
                        .param("version", String.valueOf(request.version() + 1)))
                .andExpect(status().isNotFound());
    }

    @Test
    void theEditFormChangesTheFactsButNotTheStatusAndRefusesAStaleSave() throws Exception {
        RequestView request = asked("MEDICAL_CARE");
        mvc.perform(get("/detainee-requests/" + request.id() + "/edit").with(signedIn(monitor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"personId\" value=\"" + person.id() + "\" checked")))
                .andExpect(content().string(containsString("value=\"" + detention.id() + "\" selected")))
                .andExpect(content().string(containsString("value=\"MEDICAL_CARE\" selected")))
                .andExpect(content().string(not(containsString("name=\"status\""))));
        mvc.perform(post("/detainee-requests/" + request.id()).with(csrf()).with(signedIn(monitor))
                        .param("personId", person.id().toString()).param("detentionId", detention.id().toString())
                        .param("kind", "FOOD_WATER").param("askedBy", "Модараш").param("askedOn", "2025-02-11")
                        .param("raisedIn", "OTHER").param("words", "Об намедиҳанд").param("wordsLanguage", "tg")
                        .param("status", "SATISFIED").param("version", String.valueOf(request.version())))
                .andExpect(redirectedUrl("/detainee-requests/" + request.id()));
        RequestView changed = TestUsers.as(monitor, () -> requests.get(request.id()));
        assertThat(changed.kind()).isEqualTo("FOOD_WATER");
        assertThat(changed.askedBy()).isEqualTo("Модараш");
        assertThat(changed.status()).isEqualTo(RequestStatus.RECEIVED);
        mvc.perform(post("/detainee-requests/" + request.id()).with(csrf()).with(signedIn(monitor))
                        .param("personId", person.id().toString()).param("kind", "LEGAL_AID")
                        .param("askedOn", "2025-02-11").param("raisedIn", "OTHER").param("words", "Адвокат")
                        .param("wordsLanguage", "tg").param("version", String.valueOf(request.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record while you were editing.")));
        assertThat(TestUsers.as(monitor, () -> requests.get(request.id())).kind()).isEqualTo("FOOD_WATER");
    }

    @Test
    void theGoingHomeShortcutListsOnlyOpenRequestsToGoHome() throws Exception {
        RequestView open = asked("TRANSFER_HOME");
        RequestView refused = asked("TRANSFER_HOME");
        TestUsers.as(monitor, () -> requests.addStep(refused.id(), refused.version(),
                new RequestStepDetails(LocalDate.of(2025, 2, 28), RequestStatus.REFUSED, "Отказано")));
        RequestView medical = asked("MEDICAL_CARE");

        mvc.perform(get("/detainee-requests").param("goingHome", "true").with(signedIn(monitor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(open.reference())))
                .andExpect(content().string(not(containsString(refused.reference()))))
                .andExpect(content().string(not(containsString(medical.reference()))))
                .andExpect(content().string(containsString("1 request")))
                .andExpect(content().string(containsString("value=\"TRANSFER_HOME\" selected")))
                .andExpect(content().string(containsString("name=\"open\" value=\"true\" checked")));
        mvc.perform(get("/detainee-requests").header("HX-Request", "true").with(signedIn(monitor)))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(open.reference())))
                .andExpect(content().string(containsString(refused.reference())))
                .andExpect(content().string(containsString(medical.reference())))
                .andExpect(content().string(containsString("3 requests")));
        mvc.perform(get("/detainee-requests").param("status", "REFUSED").header("HX-Request", "true")
                        .with(signedIn(monitor)))
                .andExpect(content().string(containsString(refused.reference())))
                .andExpect(content().string(not(containsString(open.reference()))));
        PersonView another = TestUsers.as(monitor, () -> persons.register(PersonMother.named("Another", "Detainee")
                .build()));
        mvc.perform(get("/detainee-requests").param("person", another.id().toString()).with(signedIn(monitor)))
                .andExpect(content().string(containsString("id=\"person-filter\"")))
                .andExpect(content().string(containsString(another.reference())))
                .andExpect(content().string(containsString("href=\"/detainee-requests/new?person=" + another.id() + "\"")))
                .andExpect(content().string(not(containsString(open.reference()))));
        mvc.perform(get("/detainee-requests").with(signedIn(analyst)))
                .andExpect(content().string(not(containsString(open.reference()))));
    }

    @Test
    void aLetterPickedAsWhereItWasRaisedIsNamedNeverByItsIdentifier() throws Exception {
        CounterpartView ombudsman = TestUsers.as(monitor, () -> counterparts.create(CounterpartMother.ombudsman()
                .build()));
        LetterView letter = TestUsers.as(monitor, () -> letters.register(LetterMother.incoming(ombudsman.id())
                .register()));
        String location = mvc.perform(post("/detainee-requests").with(csrf()).with(signedIn(monitor))
                        .param("personId", person.id().toString()).param("kind", "FAMILY_CONTACT")
                        .param("askedOn", "2025-01-15").param("raisedIn", "LETTER")
                        .param("sourceLetterQuery", letter.reference()).param("words", "Хочу звонить матери")
                        .param("wordsLanguage", "ru"))
                .andExpect(redirectedUrlPattern("/detainee-requests/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(signedIn(monitor)))
                .andExpect(content().string(containsString("href=\"/letters/" + letter.id() + "\"")))
                .andExpect(content().string(containsString(letter.reference())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.replaceAll("(?s)<[^>]*>", " ")).doesNotContain(letter.id().toString());
    }
}
