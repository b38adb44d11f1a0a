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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.PersonView;
import org.huquq.people.RegisterPerson;
import org.huquq.people.Sex;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.places.PlaceView;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class DetentionWebTests {

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
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    HuquqUser officer;
    HuquqUser analyst;
    PlaceView colonyAbroad;
    PlaceView centreAtHome;

    @BeforeEach
    void staffAndPlaces() {
        clock.today(TODAY);
        UUID institution = users.institution(); // a Tajik office: places in Russia are abroad
        officer = users.user(institution, Role.CASE_OFFICER);
        analyst = users.user(institution, Role.ANALYST);
        colonyAbroad = TestUsers.as(officer, () -> places.create(PlaceMother.colony().code("YAS " + marker())
                .named("Colony " + marker(), "Колония " + marker(), "Колонияи " + marker()).in("RU").build()));
        centreAtHome = TestUsers.as(officer, () -> places.create(PlaceMother.colony().code("SIZO " + marker())
                .named("Centre " + marker(), "Изолятор " + marker(), "Тавқифгоҳ " + marker()).in("TJ").build()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static String marker() {
        return "Q" + UUID.randomUUID().toString().substring(0, 6);
    }

    RequestPostProcessor signedIn(HuquqUser user) {
        return authentication(TestUsers.signedIn(user));
    }

    PersonView person(String family, String given) {
        return TestUsers.as(officer, () -> persons.register(PersonMother.named(family, given).build()));
    }

    DetentionView held(PersonView person, PlaceView place, LocalDate from, String status) {
        return TestUsers.as(officer, () -> detentions.create(new DetentionDetails(person.id(), place.id(), from, null,
                status, null, null, null, null, null)));
    }

    /** A detention form filled for a sentenced person, but for the term and the dates each test names. */
    MockHttpServletRequestBuilder sentenced(PersonView person, PlaceView place) {
        return post("/detentions").with(csrf()).with(signedIn(officer))
                .param("personId", person.id().toString()).param("placeId", place.id().toString())
                .param("from", "2020-01-10").param("legalStatus", "SENTENCED")
                .param("sentence.court", "Басманный районный суд")
                .param("sentence.offences[0].article", "").param("sentence.offences[0].code", "")
                .param("sentence.offences[0].country", "")
                .param("sentence.offences[1].article", "ст. 205 ч. 2").param("sentence.offences[1].code", "УК РФ")
                .param("sentence.offences[1].country", "ru")
                .param("sentence.offences[2].article", "");
    }

    @Test
    void theRegistryAnswersHtmxWithItsResultsAndNarrowsToTheViewChosen() throws Exception {
        PersonView abroad = person("Раҳимов", "Ҷамшед " + marker());
        PersonView atHome = person("Karimov", "Aziz " + marker());
        DetentionView there = held(abroad, colonyAbroad, LocalDate.of(2021, 5, 1), "PRE_TRIAL");
        held(atHome, centreAtHome, LocalDate.of(2022, 6, 1), "ADMINISTRATIVE");

        mvc.perform(get("/detentions").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("id=\"detentions-filters\"")))
                .andExpect(content().string(containsString(abroad.displayName())))
                .andExpect(content().string(containsString(atHome.displayName())))
                .andExpect(content().string(containsString(colonyAbroad.nameEn())))
                .andExpect(content().string(containsString("Pre-trial detention")))
                .andExpect(content().string(containsString("2 records")))
                .andExpect(content().string(containsString("id=\"new-detention\" href=\"/detentions/new\"")));
        mvc.perform(get("/detentions").param("view", "ABROAD").header("HX-Request", "true").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString("href=\"/detentions/" + there.id() + "\"")))
                .andExpect(content().string(containsString(abroad.displayName())))
                .andExpect(content().string(not(containsString(atHome.displayName()))))
                .andExpect(content().string(containsString("1 record")))
                // the files hold the list as filtered now, and a page's own fragment says so after each change
                .andExpect(content().string(containsString("href=\"/detentions/export?view=ABROAD&amp;format=csv\"")))
                .andExpect(content().string(containsString("href=\"/detentions/export?view=ABROAD&amp;format=xlsx\"")));
        mvc.perform(get("/detentions").param("place", centreAtHome.code()).header("HX-Request", "true")
                        .with(signedIn(officer)))
                .andExpect(content().string(containsString(atHome.displayName())))
                .andExpect(content().string(not(containsString(abroad.displayName()))));
        mvc.perform(get("/detentions").param("legalStatus", "SENTENCED").with(signedIn(officer)))
                .andExpect(content().string(containsString("No detention record here that you may see.")));
        mvc.perform(get("/detentions").with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(abroad.displayName()))))
                .andExpect(content().string(not(containsString("id=\"nav-detentions\""))));
    }

    @Test
    void aPlaceNameThatFitsSeveralPlacesOffersThemAndListsNothingMeanwhile() throws Exception {
        String shared = marker();
        PlaceView north = TestUsers.as(officer, () -> places.create(PlaceMother.colony().code(null)
                .named("Border post " + shared + " North", null, null).build()));
        PlaceView south = TestUsers.as(officer, () -> places.create(PlaceMother.colony().code(null)
                .named("Border post " + shared + " South", null, null).build()));
        DetentionView atNorth = held(person("Мирзоев", "Нурали " + marker()), north, LocalDate.of(2024, 8, 1),
                "IMMIGRATION");
        PersonView woman = TestUsers.as(officer, () -> persons.register(PersonMother.named("Мирзоева", "Нигина")
                .sex(Sex.FEMALE).build()));
        DetentionView herRecord = held(woman, north, LocalDate.of(2024, 8, 2), "IMMIGRATION");
        mvc.perform(get("/detentions").param("view", "VULNERABLE").param("place", shared).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"place-choice\"")))
                .andExpect(content().string(containsString(
                        "href=\"/detentions?view=VULNERABLE&amp;placeId=" + north.id() + "\"")))
                .andExpect(content().string(containsString("placeId=" + south.id())))
                .andExpect(content().string(not(containsString(atNorth.reference()))));
        mvc.perform(get("/detentions").param("view", "VULNERABLE").param("placeId", north.id().toString())
                        .with(signedIn(officer)))
                .andExpect(content().string(containsString("Border post " + shared + " North")))
                .andExpect(content().string(containsString("id=\"place-filter\"")))
                .andExpect(content().string(containsString(herRecord.reference())))
                .andExpect(content().string(containsString("<span class=\"badge\">Woman</span>")))
                .andExpect(content().string(not(containsString(atNorth.reference()))));
    }

    @Test
    void theSecondPageFollowsTheCursorOfTheFirst() throws Exception {
        List<RegisterPerson> registered = new ArrayList<>();
        String family = "Family" + marker();
        for (int i = 0; i < 26; i++) {
            registered.add(PersonMother.named(family, "Given" + (char) ('A' + i)).build());
        }
        List<PersonView> people = TestUsers.as(officer, () -> persons.registerAll(registered));
        List<DetentionDetails> rows = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            rows.add(new DetentionDetails(people.get(i).id(), centreAtHome.id(), LocalDate.of(2020, 1, 1).plusDays(i),
                    null, "PRE_TRIAL", null, null, null, null, null));
        }
        List<DetentionView> created = TestUsers.as(officer, () -> detentions.createAll(rows));
        String first = mvc.perform(get("/detentions").with(signedIn(officer)))
                .andExpect(content().string(containsString("26 records")))
                .andExpect(content().string(containsString(created.get(25).reference())))
                .andExpect(content().string(not(containsString(created.get(0).reference()))))
                .andReturn().getResponse().getContentAsString();
        Matcher next = Pattern.compile("class=\"next\" rel=\"next\" href=\"([^\"]+)\"").matcher(first);
        assertThat(next.find()).isTrue();
        String nextUrl = next.group(1).replace("&amp;", "&");
        assertThat(nextUrl).startsWith("/detentions?after=");
        mvc.perform(get(nextUrl).header("HX-Request", "true").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(created.get(0).reference())))
                .andExpect(content().string(not(containsString(created.get(25).reference()))))
                .andExpect(content().string(not(containsString("rel=\"next\""))))
                .andExpect(content().string(containsString("rel=\"first\"")));
    }

    @Test
    void aSentenceRecordedThroughTheFormShowsWhatRemainsTodayAndOnAnotherDay() throws Exception {
        PersonView person = person("Бобозода", "Умед " + marker());
        String location = mvc.perform(sentenced(person, colonyAbroad).param("sentence.judgmentOn", "2020-03-01")
                        .param("sentence.startOn", "2020-03-01").param("sentence.years", "7"))
                .andExpect(redirectedUrlPattern("/detentions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        DetentionView saved = TestUsers.as(officer,
                () -> detentions.get(UUID.fromString(location.substring(location.lastIndexOf('/') + 1))));
        assertThat(saved.sentence().offences()).containsExactly(new Offence("УК РФ", "ст. 205 ч. 2", "RU"));
        assertThat(saved.sentence().releaseOn()).isEqualTo(LocalDate.of(2027, 3, 1));

        mvc.perform(get(location).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1 year, 11 months, 26 days")))
                .andExpect(content().string(containsString("1 March 2027")))
                .andExpect(content().string(containsString("ст. 205 ч. 2")))
                .andExpect(content().string(containsString("Басманный районный суд")))
                .andExpect(content().string(not(containsString("id=\"review-notice\""))));
        mvc.perform(get(location).param("on", "2026-03-01").sessionAttr("huquq.language", "tg")
                        .with(signedIn(officer)))
                .andExpect(content().string(containsString("<span class=\"term\">1 сол</span>")))
                .andExpect(content().string(containsString("1 марти 2027")));
        mvc.perform(get(location).param("on", "2027-03-01").sessionAttr("huquq.language", "ru")
                        .with(signedIn(officer)))
                .andExpect(content().string(containsString("Отбыто: дата освобождения наступила")));
        mvc.perform(get("/detentions").param("view", "ABROAD").with(signedIn(officer)))
                .andExpect(content().string(containsString(saved.reference())))
                .andExpect(content().string(containsString("1 year, 11 months, 26 days")));
        mvc.perform(get(location + "/edit").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"personId\" value=\"" + person.id() + "\" checked")))
                .andExpect(content().string(containsString("value=\"ст. 205 ч. 2\"")))
                .andExpect(content().string(containsString("name=\"sentence.offences[1].article\"")));
    }

    @Test
    void aSentenceStartingBeforeItsJudgmentIsRefusedAtTheFieldAndNothingIsSaved() throws Exception {
        PersonView person = person("Саидов", "Фаррух " + marker());
        mvc.perform(sentenced(person, colonyAbroad).sessionAttr("huquq.language", "en")
                        .param("sentence.judgmentOn", "2020-03-01").param("sentence.startOn", "2020-02-01")
                        .param("sentence.years", "7").param("sentence.offences[2].country", "XX"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "sentence.startOn", "sentence.offences[2].article",
                        "sentence.offences[2].country"))
                .andExpect(content().string(containsString("id=\"sentence.startOn-error\"")))
                .andExpect(content().string(containsString(
                        "The sentence cannot start before the judgment that imposed it.")))
                .andExpect(content().string(containsString("value=\"ст. 205 ч. 2\"")))
                .andExpect(content().string(containsString("id=\"sentence.offences2.article-error\"")))
                .andExpect(content().string(containsString("aria-describedby=\"sentence.offences2.country-error\"")))
                .andExpect(content().string(containsString("Басманный районный суд")));
        mvc.perform(sentenced(person, colonyAbroad).sessionAttr("huquq.language", "tg")
                        .param("sentence.judgmentOn", "2020-03-01").param("sentence.startOn", "2020-03-01")
                        .param("sentence.years", "ҳафт"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "sentence.years"))
                .andExpect(content().string(containsString("<span class=\"field-error\" id=\"sentence.years-error\">Қимати нодуруст.</span>")));
        assertThat(TestUsers.as(officer, () -> detentions.find(new DetentionFilter(RegistryView.ALL, null, null,
                null, null, person.id()), null, 10)).items()).isEmpty();
    }

    @Test
    void aStaleSaveIsRefusedWithTheMessageOfEveryForm() throws Exception {
        PersonView person = person("Назаров", "Шералӣ " + marker());
        DetentionView record = held(person, centreAtHome, LocalDate.of(2024, 1, 1), "PRE_TRIAL");
        TestUsers.as(officer, () -> detentions.update(record.id(), record.version(), new DetentionDetails(person.id(),
                centreAtHome.id(), LocalDate.of(2024, 1, 2), null, "PRE_TRIAL", null, null, null, null, null)));
        mvc.perform(post("/detentions/" + record.id()).with(csrf()).with(signedIn(officer))
                        .param("personId", person.id().toString()).param("placeId", centreAtHome.id().toString())
                        .param("from", "2024-01-03").param("legalStatus", "ADMINISTRATIVE")
                        .param("version", String.valueOf(record.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record while you were editing.")));
        DetentionView kept = TestUsers.as(officer, () -> detentions.get(record.id()));
        assertThat(kept.from()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(kept.legalStatus()).isEqualTo("PRE_TRIAL");
    }

    @Test
    void tajikLettersSurviveASaveAndTheTajikPageShowsThem() throws Exception {
        PersonView person = person("Ҳасанова", "Ғунча " + marker());
        String basis = "Моддаи 322 КҶ ФР — ғӣқӯҳҷ ҒӢҚӮҲҶ";
        String location = mvc.perform(post("/detentions").with(csrf()).with(signedIn(officer))
                        .sessionAttr("huquq.language", "tg")
                        .param("personQuery", person.reference()).param("placeQuery", centreAtHome.code())
                        .param("from", "2024-11-05").param("legalStatus", "IMMIGRATION").param("legalBasis", basis)
                        .param("holdingAuthority", "Хадамоти муҳоҷират").param("version", "0"))
                .andExpect(redirectedUrlPattern("/detentions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(basis)))
                .andExpect(content().string(containsString("Хадамоти муҳоҷират")))
                .andExpect(content().string(containsString("Нигоҳдории муҳоҷиратӣ")))
                .andExpect(content().string(containsString(centreAtHome.nameTg())))
                .andExpect(content().string(containsString("Ҳукм сабт нашудааст.")))
                .andReturn().getResponse().getContentAsString();
        String visible = page.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
        assertThat(visible).doesNotContain(person.id().toString()).doesNotContain(centreAtHome.id().toString())
                .doesNotContain(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/detentions").sessionAttr("huquq.language", "tg").with(signedIn(officer)))
                .andExpect(content().string(containsString("Феҳристи нигоҳдорӣ дар ҳабс")))
                .andExpect(content().string(containsString("Ғунча")));
        mvc.perform(get("/detentions/new").sessionAttr("huquq.language", "ru").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Записать содержание под стражей")))
                .andExpect(content().string(containsString("name=\"sentence.offences[2].article\"")));
    }

    @Test
    void anotherInstitutionFindsNoSuchRecordAndReadOnlyRolesNoForm() throws Exception {
        DetentionView record = held(person("Юсупов", "Далер " + marker()), centreAtHome, LocalDate.of(2024, 1, 1),
                "PRE_TRIAL");
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        mvc.perform(get("/detentions/" + record.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/detentions/" + record.id() + "/edit").with(signedIn(stranger)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/detentions/" + record.id()).with(signedIn(analyst))).andExpect(status().isNotFound());
        mvc.perform(get("/detentions/new").with(signedIn(analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/detentions").with(signedIn(stranger)))
                .andExpect(content().string(not(containsString(record.reference()))));
    }

    @Test
    void aColleagueOutsideTheTeamOfAStrictlyConfidentialPersonFindsNoRecordOnAnyPageOrFile() throws Exception {
        UUID institution = users.institution();
        UUID team = users.team(institution, "Monitoring");
        HuquqUser member = users.user(institution, Role.CASE_OFFICER, team);
        HuquqUser colleague = users.user(institution, Role.CASE_OFFICER);
        PlaceView colony = TestUsers.as(member, () -> places.create(PlaceMother.colony().code("IK " + marker())
                .in("RU").build()));
        String family = "Холовзода";
        PersonView secret = TestUsers.as(member, () -> persons.register(PersonMother.named(family, "Шоҳин")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, team).build()));
        DetentionView record = TestUsers.as(member, () -> detentions.create(new DetentionDetails(secret.id(),
                colony.id(), LocalDate.of(2024, 1, 1), null, "PRE_TRIAL", null, null, null, null, null)));

        mvc.perform(get("/detentions/" + record.id()).with(signedIn(colleague))).andExpect(status().isNotFound());
        mvc.perform(get("/detentions/" + record.id() + "/edit").with(signedIn(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/detentions").param("view", "ALL").with(signedIn(colleague)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(family))));
        mvc.perform(get("/detentions/export").param("format", "csv").param("view", "ALL")
                        .with(signedIn(colleague)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(family))));
        mvc.perform(get("/places/" + colony.id()).with(signedIn(colleague)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(family))));
        mvc.perform(get("/detentions/" + record.id()).with(signedIn(member)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(family)));
    }

    @Test
    void thePersonsPageListsTheirRecordsAndThePlacesPageWhoIsHeldThereNow() throws Exception {
        PersonView person = person("Шарипов", "Комрон " + marker());
        PersonView released = person("Латипов", "Сино " + marker());
        DetentionView now = held(person, colonyAbroad, LocalDate.of(2023, 2, 1), "SENTENCED");
        DetentionView past = TestUsers.as(officer, () -> detentions.create(new DetentionDetails(released.id(),
                colonyAbroad.id(), LocalDate.of(2019, 1, 1), LocalDate.of(2022, 1, 1), "PRE_TRIAL", null, null, null,
                null, null)));

        mvc.perform(get("/persons/" + person.id()).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"detentions\"")))
                .andExpect(content().string(containsString("href=\"/detentions/" + now.id() + "\"")))
                .andExpect(content().string(containsString(now.reference())))
                .andExpect(content().string(containsString("Serving a sentence · current record")))
                .andExpect(content().string(containsString("href=\"/detentions/new?person=" + person.id() + "\"")));
        held(person("Исмоилов", "Бахтиёр " + marker()), colonyAbroad, LocalDate.of(2024, 2, 1), "IMMIGRATION");
        String placePage = mvc.perform(get("/places/" + colonyAbroad.id()).sessionAttr("huquq.language", "ru")
                        .with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Содержатся здесь сейчас")))
                .andExpect(content().string(containsString(person.displayName() + " (" + person.reference() + ")")))
                .andExpect(content().string(not(containsString(released.displayName()))))
                .andExpect(content().string(not(containsString(past.reference()))))
                .andExpect(content().string(containsString(
                        "href=\"/detentions?placeId=" + colonyAbroad.id() + "&amp;legalStatus=SENTENCED\">1</a>")))
                .andExpect(content().string(containsString("Отбывает наказание")))
                .andReturn().getResponse().getContentAsString();
        // the counts by status follow the vocabulary (sentenced before immigration), not the alphabet of codes
        String counts = placePage.substring(placePage.indexOf("id=\"held-now-counts\""));
        assertThat(counts.indexOf("legalStatus=SENTENCED")).isPositive()
                .isLessThan(counts.indexOf("legalStatus=IMMIGRATION"));
        mvc.perform(get("/detentions").param("placeId", colonyAbroad.id().toString()).with(signedIn(officer)))
                .andExpect(content().string(containsString("id=\"place-filter\"")))
                .andExpect(content().string(containsString(now.reference())))
                .andExpect(content().string(not(containsString(past.reference()))));
    }

    @Test
    void anOpenRecordPastItsReleaseIsMarkedForReview() throws Exception {
        PersonView person = person("Давлатов", "Манучеҳр " + marker());
        DetentionView record = TestUsers.as(officer, () -> detentions.create(new DetentionDetails(person.id(),
                colonyAbroad.id(), LocalDate.of(2020, 1, 1), null, "SENTENCED", null, null, null, null,
                new SentenceDetails("Court", LocalDate.of(2020, 1, 1), null, List.of(), 3, null, null, false,
                        LocalDate.of(2020, 1, 1), null, null, null))));
        mvc.perform(get("/detentions/" + record.id()).with(signedIn(officer)))
                .andExpect(content().string(containsString("id=\"review-notice\"")))
                .andExpect(content().string(containsString("The release date (1 January 2023) has passed")));
        mvc.perform(get("/detentions").param("view", "REVIEW").header("HX-Request", "true").with(signedIn(officer)))
                .andExpect(content().string(containsString(record.reference())))
                .andExpect(content().string(containsString("to review")));
        mvc.perform(post("/detentions/" + record.id()).with(csrf()).with(signedIn(officer))
                        .param("personId", person.id().toString()).param("placeId", colonyAbroad.id().toString())
                        .param("from", "2020-01-01").param("to", "2023-01-01").param("legalStatus", "SENTENCED")
                        .param("sentence.court", "Court").param("sentence.judgmentOn", "2020-01-01")
                        .param("sentence.years", "3").param("sentence.startOn", "2020-01-01")
                        .param("version", String.valueOf(record.version())))
                .andExpect(redirectedUrl("/detentions/" + record.id()));
        mvc.perform(get("/detentions/" + record.id()).with(signedIn(officer)))
                .andExpect(content().string(not(containsString("id=\"review-notice\""))));
    }
}
