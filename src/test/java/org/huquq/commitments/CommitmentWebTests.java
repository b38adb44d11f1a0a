package org.huquq.commitments;

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

import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.correspondence.CommunicationView;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
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
class CommitmentWebTests {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    CommunicationManagement communications;

    HuquqUser officer;
    HuquqUser analyst;
    CounterpartView commissioner;

    @BeforeEach
    void staff() {
        clock.today(TODAY);
        UUID institution = users.institution();
        officer = users.user(institution, Role.CASE_OFFICER);
        analyst = users.user(institution, Role.ANALYST);
        commissioner = TestUsers.as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build()));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    RequestPostProcessor signedIn(HuquqUser user) {
        return authentication(TestUsers.signedIn(user));
    }

    @Test
    void recordingThroughTheFormThenReportingAStepShowsStatusSourceAndFollowUpsInTajik() throws Exception {
        String marker = CounterpartMother.marker();
        String location = mvc.perform(post("/commitments").with(csrf()).with(signedIn(officer))
                        .param("kind", "INVESTIGATION").param("madeByQuery", commissioner.reference().toLowerCase())
                        .param("madeByPerson", "Татьяна Москалькова").param("madeOn", "2024-04-05")
                        .param("sourceKind", "CALL").param("sourceReference", "Телефонный разговор " + marker)
                        .param("text", "Необходимо провести тщательное расследование.").param("textLanguage", "RU")
                        .param("summary", "Даъват ба тафтиши ҳамаҷониба " + marker)
                        .param("confidentiality", "INTERNAL"))
                .andExpect(redirectedUrlPattern("/commitments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Необходимо провести тщательное расследование.")))
                .andExpect(content().string(containsString("lang=\"ru\"")))
                .andExpect(content().string(containsString("Даъват ба тафтиши ҳамаҷониба " + marker)))
                .andExpect(content().string(containsString("Занги телефонӣ")))
                .andExpect(content().string(containsString("Маълумот нест")))
                .andExpect(content().string(containsString("Дар бораи қадамҳо ҳанӯз хабар дода нашудааст")))
                .andExpect(content().string(containsString(commissioner.nameTg())))
                .andExpect(content().string(not(containsString("id=\"follow-up-form\""))))
                .andExpect(content().string(not(containsString("id=\"edit-commitment\""))));

        mvc.perform(post(location + "/follow-ups").with(csrf()).with(signedIn(officer))
                        .param("on", "2025-01-20").param("status", "IN_PROGRESS")
                        .param("actionTaken", "Прокуратура начала проверку")
                        .param("evidence", "Ответ Генеральной прокуратуры").param("evidenceSourceKind", "LETTER")
                        .param("evidenceSourceReference", "https://example.org/answer").param("version", "0"))
                .andExpect(redirectedUrl(location));
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(signedIn(officer)))
                .andExpect(content().string(containsString("Дар ҷараёни иҷро")))
                .andExpect(content().string(containsString("Прокуратура начала проверку")))
                .andExpect(content().string(containsString("href=\"https://example.org/answer\"")))
                .andExpect(content().string(containsString("id=\"follow-up-form\"")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
    }

    @Test
    void invalidFormShowsFieldErrorsInTajikAndSavesNothing() throws Exception {
        long before = TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total();
        mvc.perform(post("/commitments").with(csrf()).with(signedIn(officer)).sessionAttr("huquq.language", "tg")
                        .param("kind", "PLEDGE").param("madeByQuery", "INST-999999")
                        .param("madeOn", "2025-03-04").param("sourceKind", "LETTER").param("text", "Ваъда ғӣқӯҳҷ")
                        .param("textLanguage", "qq").param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "madeByQuery", "madeOn", "textLanguage"))
                .andExpect(content().string(not(containsString("Нишон диҳед, ки кӣ ӯҳдадорӣ дод"))))
                .andExpect(content().string(containsString("Ягон сабти мувофиқ, ки ба шумо дастрас бошад, ёфт нашуд.")))
                .andExpect(content().string(containsString("value=\"INST-999999\"")))
                .andExpect(content().string(containsString("Ин сана ҳанӯз фаро нарасидааст.")))
                .andExpect(content().string(containsString("Рамзи дуҳарфаи забонро")))
                .andExpect(content().string(containsString("Ваъда ғӣқӯҳҷ")));
        mvc.perform(post("/commitments").with(csrf()).with(signedIn(officer)).sessionAttr("huquq.language", "tg")
                        .param("madeOn", "not a date").param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "kind", "madeOn", "sourceKind", "text",
                        "textLanguage"))
                .andExpect(content().string(containsString("Ин майдон ҳатмист")));
        assertThat(TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total())
                .isEqualTo(before);
    }

    @Test
    void aBadOrStaleFollowUpIsShownOnThePageAndChangesNothing() throws Exception {
        CommitmentView created = TestUsers.as(officer, () -> commitments.create(
                CommitmentMother.pledgeBy(commissioner.id()).madeOn(LocalDate.of(2024, 12, 16)).build()));
        mvc.perform(post("/commitments/" + created.id() + "/follow-ups").with(csrf()).with(signedIn(officer))
                        .sessionAttr("huquq.language", "tg")
                        .param("on", "2024-12-15").param("actionTaken", "").param("evidence", "Мактуб")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("followUpForm", "status", "actionTaken"))
                .andExpect(content().string(containsString("Ин майдон ҳатмист")));
        mvc.perform(post("/commitments/" + created.id() + "/follow-ups").with(csrf()).with(signedIn(officer))
                        .sessionAttr("huquq.language", "tg")
                        .param("on", "2024-12-15").param("status", "IMPLEMENTED").param("actionTaken", "Иҷро шуд")
                        .param("evidence", "Мактуб").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("followUpForm", "on"))
                .andExpect(content().string(containsString("Қадам наметавонад пеш аз санаи ӯҳдадорӣ (2024-12-16)")));
        TestUsers.as(officer, () -> commitments.addFollowUp(created.id(), 0,
                CommitmentMother.step(LocalDate.of(2025, 1, 5), CommitmentStatus.IN_PROGRESS)));
        mvc.perform(post("/commitments/" + created.id() + "/follow-ups").with(csrf()).with(signedIn(officer))
                        .param("on", "2025-01-06").param("status", "WITHDRAWN").param("actionTaken", "Отозвано")
                        .param("evidence", "Письмо").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone changed this commitment or reported a step")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(TestUsers.as(officer, () -> commitments.get(created.id())).status())
                .isEqualTo(CommitmentStatus.IN_PROGRESS);
    }

    @Test
    void theEditFormChangesTheFactsButAPostedStatusIsIgnored() throws Exception {
        CommitmentView created = TestUsers.as(officer, () -> commitments.create(
                CommitmentMother.pledgeBy(commissioner.id()).build()));
        mvc.perform(get("/commitments/" + created.id() + "/edit").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"madeBy\" value=\"" + commissioner.id() + "\" checked")))
                .andExpect(content().string(containsString(commissioner.reference() + ")")))
                .andExpect(content().string(not(containsString("name=\"status\""))));
        mvc.perform(post("/commitments/" + created.id()).with(csrf()).with(signedIn(officer))
                        .param("kind", "UNDERTAKING").param("madeBy", commissioner.id().toString())
                        .param("madeOn", "2024-10-28").param("sourceKind", "MEETING").param("text", "Обязуемся")
                        .param("textLanguage", "ru").param("dueOn", "2025-01-31").param("confidentiality", "INTERNAL")
                        .param("status", "IMPLEMENTED").param("version", "0"))
                .andExpect(redirectedUrl("/commitments/" + created.id()));
        CommitmentView changed = TestUsers.as(officer, () -> commitments.get(created.id()));
        assertThat(changed.kind()).isEqualTo("UNDERTAKING");
        assertThat(changed.status()).isEqualTo(CommitmentStatus.NO_INFORMATION);
        assertThat(changed.isOverdue(TODAY)).isTrue();
        mvc.perform(get("/commitments").with(signedIn(officer)))
                .andExpect(content().string(containsString(created.reference())))
                .andExpect(content().string(containsString("overdue")));
    }

    @Test
    void listAndNoStepPagesAnswerHtmxWithTheirResultsOnly() throws Exception {
        CommitmentView created = TestUsers.as(officer, () -> commitments.create(
                CommitmentMother.pledgeBy(commissioner.id()).madeOn(LocalDate.of(2024, 10, 28)).build()));
        mvc.perform(get("/commitments").param("madeBy", commissioner.reference()).header("HX-Request", "true")
                        .with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(created.reference())))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/commitments").with(signedIn(analyst)))
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("href=\"/commitments\"")))
                .andExpect(content().string(not(containsString("id=\"new-commitment\""))));
        mvc.perform(get("/commitments/no-step").sessionAttr("huquq.language", "tg").with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(created.reference())))
                .andExpect(content().string(containsString(commissioner.nameTg())))
                .andExpect(content().string(containsString("<td class=\"days-silent\">126</td>")));
        mvc.perform(get("/commitments/no-step").param("days", "200").header("HX-Request", "true")
                        .with(signedIn(analyst)))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString(created.reference()))));
    }

    @Test
    void readOnlyRolesCannotOpenOrPostTheForms() throws Exception {
        CommitmentView created = TestUsers.as(officer, () -> commitments.create(
                CommitmentMother.pledgeBy(commissioner.id()).build()));
        mvc.perform(get("/commitments/new").with(signedIn(analyst))).andExpect(status().isForbidden());
        mvc.perform(get("/commitments/" + created.id() + "/edit").with(signedIn(analyst))).andExpect(status().isForbidden());
        mvc.perform(post("/commitments/" + created.id() + "/follow-ups").with(csrf()).with(signedIn(analyst))
                .param("on", "2025-01-06").param("status", "WITHDRAWN").param("actionTaken", "x")
                .param("evidence", "y").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/commitments/" + created.id() + "/follow-ups").with(signedIn(officer))
                .param("on", "2025-01-06").param("status", "WITHDRAWN").param("actionTaken", "x")
                .param("evidence", "y").param("version", "0")).andExpect(status().isForbidden());
        assertThat(TestUsers.as(officer, () -> commitments.get(created.id())).status())
                .isEqualTo(CommitmentStatus.NO_INFORMATION);
    }

    /** A commitment form filled but for who made it, to whom and where: each test names those its own way. */
    MockHttpServletRequestBuilder newCommitment(String marker) {
        return post("/commitments").with(csrf()).with(signedIn(officer))
                .param("kind", "PLEDGE").param("madeOn", "2024-11-20")
                .param("text", "Обещаем ответить " + marker).param("textLanguage", "ru")
                .param("confidentiality", "INTERNAL");
    }

    UUID savedId(String location) {
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** What a reader sees of a page: its text without the markup (and so without the ids in links). */
    static String visibleText(String html) {
        return html.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ").replaceAll("(?s)<[^>]*>", " ");
    }

    @Test
    void anInstitutionNamedInRussianOnTheTajikFormIsTheOneWhoMadeTheCommitment() throws Exception {
        String marker = CounterpartMother.marker();
        String location = mvc.perform(newCommitment(marker).sessionAttr("huquq.language", "tg")
                        .param("madeByQuery", commissioner.nameRu()).param("sourceKind", "PUBLIC_STATEMENT")
                        .param("sourceReference", "https://example.org/statement"))
                .andExpect(redirectedUrlPattern("/commitments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        CommitmentView saved = TestUsers.as(officer, () -> commitments.get(savedId(location)));
        assertThat(saved.madeBy()).isEqualTo(commissioner.id());
        assertThat(saved.madeTo()).isNull();
        assertThat(saved.sourceId()).isNull();
        assertThat(saved.sourceReference()).isEqualTo("https://example.org/statement");
    }

    @Test
    void aLetterPickedAsTheSourceIsNamedOnThePageNeverByItsIdentifier() throws Exception {
        LetterView letter = TestUsers.as(officer, () -> letters.register(LetterMother.outgoing(commissioner.id())
                .register()));
        String marker = CounterpartMother.marker();
        String location = mvc.perform(newCommitment(marker).param("madeBy", commissioner.id().toString())
                        .param("sourceKind", "LETTER").param("sourceLetterQuery", letter.reference()))
                .andExpect(redirectedUrlPattern("/commitments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        CommitmentView saved = TestUsers.as(officer, () -> commitments.get(savedId(location)));
        assertThat(saved.sourceKind()).isEqualTo(CommitmentSource.LETTER);
        assertThat(saved.sourceId()).isEqualTo(letter.id());

        String page = mvc.perform(get(location).with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/letters/" + letter.id() + "\"")))
                .andExpect(content().string(containsString(letter.reference())))
                .andReturn().getResponse().getContentAsString();
        assertThat(visibleText(page)).doesNotContain(letter.id().toString()).doesNotContain(saved.id().toString());
        String form = mvc.perform(get(location + "/edit").with(signedIn(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "name=\"sourceLetterId\" value=\"" + letter.id() + "\" checked")))
                .andReturn().getResponse().getContentAsString();
        assertThat(visibleText(form)).doesNotContain(letter.id().toString()).doesNotContain(commissioner.id().toString());
        mvc.perform(get("/commitments").param("source", letter.id().toString()).with(signedIn(officer)))
                .andExpect(content().string(containsString(saved.reference())))
                .andExpect(content().string(containsString(letter.reference() + ")")));
    }

    @Test
    void aCallPickedWhileTheSourceSaysLetterIsRefusedNotDropped() throws Exception {
        CommunicationView call = TestUsers.as(officer, () -> communications.create(CommunicationMother.call()
                .with(commissioner.id()).build()));
        long before = TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total();
        mvc.perform(newCommitment(CounterpartMother.marker()).sessionAttr("huquq.language", "ru")
                        .param("madeBy", commissioner.id().toString())
                        .param("sourceKind", "LETTER").param("sourceCallId", call.id().toString()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "sourceCallId"))
                .andExpect(content().string(containsString("Источник выше — не звонок и не встреча")))
                .andExpect(content().string(containsString("value=\"" + call.id() + "\" checked")));
        String location = mvc.perform(newCommitment(CounterpartMother.marker())
                        .param("madeBy", commissioner.id().toString())
                        .param("sourceKind", "CALL").param("sourceCallId", call.id().toString()))
                .andExpect(redirectedUrlPattern("/commitments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(TestUsers.as(officer, () -> commitments.get(savedId(location))).sourceId()).isEqualTo(call.id());
        assertThat(TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total())
                .isEqualTo(before + 1);
    }

    @Test
    void aNameThatFitsSeveralInstitutionsOffersThemToChooseAndSavesNothing() throws Exception {
        String shared = CounterpartMother.marker();
        CounterpartView first = TestUsers.as(officer, () -> counterparts.create(CounterpartMother.ministry()
                .named("Migration Service " + shared + " North", "Миграционная служба " + shared + " Север", null)
                .build()));
        CounterpartView second = TestUsers.as(officer, () -> counterparts.create(CounterpartMother.ministry()
                .named("Migration Service " + shared + " South", "Миграционная служба " + shared + " Юг", null)
                .build()));
        long before = TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total();
        mvc.perform(newCommitment(shared).sessionAttr("huquq.language", "ru")
                        .param("madeBy", commissioner.id().toString()).param("madeToQuery", shared)
                        .param("sourceKind", "MEETING"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "madeToQuery"))
                .andExpect(content().string(containsString("Подходят несколько записей: отметьте нужную.")))
                .andExpect(content().string(containsString("name=\"madeTo\" value=\"" + first.id() + "\">")))
                .andExpect(content().string(containsString("name=\"madeTo\" value=\"" + second.id() + "\">")))
                .andExpect(content().string(containsString("name=\"madeBy\" value=\"" + commissioner.id() + "\" checked")));
        mvc.perform(post("/commitments").with(csrf()).with(signedIn(officer)).param("find", "madeTo")
                        .param("madeToQuery", shared + " Юг").param("text", "Typed before searching"))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("name=\"madeTo\" value=\"" + second.id() + "\">")))
                .andExpect(content().string(not(containsString("value=\"" + first.id() + "\""))))
                .andExpect(content().string(containsString("Typed before searching")));
        assertThat(TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total())
                .isEqualTo(before);
    }

    @Test
    void theListFiltersByAnInstitutionNamedInAnyLanguageAndOffersAChoiceWhenSeveralFit() throws Exception {
        String shared = CounterpartMother.marker();
        CounterpartView north = TestUsers.as(officer, () -> counterparts.create(CounterpartMother.ministry()
                .named("Border Service " + shared + " North", "Пограничная служба " + shared + " Север", null)
                .build()));
        CounterpartView south = TestUsers.as(officer, () -> counterparts.create(CounterpartMother.ministry()
                .named("Border Service " + shared + " South", "Пограничная служба " + shared + " Юг", null)
                .build()));
        CommitmentView byNorth = TestUsers.as(officer, () -> commitments.create(
                CommitmentMother.pledgeBy(north.id()).build()));
        CommitmentView bySouth = TestUsers.as(officer, () -> commitments.create(
                CommitmentMother.pledgeBy(south.id()).build()));
        mvc.perform(get("/commitments").sessionAttr("huquq.language", "tg")
                        .param("madeBy", "Пограничная служба " + shared + " Север").with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(byNorth.reference())))
                .andExpect(content().string(not(containsString(bySouth.reference()))))
                .andExpect(content().string(not(containsString("id=\"made-by-choice\""))));
        mvc.perform(get("/commitments").param("madeBy", shared).header("HX-Request", "true")
                        .with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Several institutions match: choose one.")))
                .andExpect(content().string(containsString("madeBy=" + north.reference())))
                .andExpect(content().string(containsString("madeBy=" + south.reference())))
                .andExpect(content().string(not(containsString(byNorth.reference() + "</a>"))));
        mvc.perform(get("/commitments/no-step").param("madeBy", "Border Service " + shared + " South")
                        .with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(bySouth.reference())))
                .andExpect(content().string(not(containsString(byNorth.reference()))));
        mvc.perform(get("/commitments").param("madeBy", "Ж".repeat(300)).with(signedIn(analyst)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing matches this that you may see.")))
                .andExpect(content().string(not(containsString(byNorth.reference()))));
        mvc.perform(get("/commitments/no-step").param("madeBy", "INST-999999").header("HX-Request", "true")
                        .with(signedIn(analyst)))
                .andExpect(content().string(containsString("Nothing matches this that you may see.")))
                .andExpect(content().string(not(containsString(bySouth.reference()))));
    }

    @Test
    void theNavigationLeadsToCommitments() throws Exception {
        mvc.perform(get("/").with(signedIn(analyst)).sessionAttr("huquq.language", "ru"))
                .andExpect(content().string(containsString("href=\"/commitments\"")))
                .andExpect(content().string(containsString("Обязательства")));
    }
}
