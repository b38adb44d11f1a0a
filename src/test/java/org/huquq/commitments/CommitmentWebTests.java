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
                        .param("kind", "INVESTIGATION").param("madeByReference", commissioner.reference().toLowerCase())
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
        long before = TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), 0, 1)).total();
        mvc.perform(post("/commitments").with(csrf()).with(signedIn(officer)).sessionAttr("huquq.language", "tg")
                        .param("kind", "PLEDGE").param("madeByReference", "INST-999999")
                        .param("madeOn", "2025-03-04").param("sourceKind", "LETTER").param("text", "Ваъда ғӣқӯҳҷ")
                        .param("textLanguage", "qq").param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "madeByReference", "madeOn", "textLanguage"))
                .andExpect(content().string(containsString("Дар феҳристи шумо чунин муассиса нест.")))
                .andExpect(content().string(containsString("Ин сана ҳанӯз фаро нарасидааст.")))
                .andExpect(content().string(containsString("Рамзи дуҳарфаи забонро")))
                .andExpect(content().string(containsString("Ваъда ғӣқӯҳҷ")));
        mvc.perform(post("/commitments").with(csrf()).with(signedIn(officer)).sessionAttr("huquq.language", "tg")
                        .param("madeOn", "not a date").param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "kind", "madeOn", "sourceKind", "text",
                        "textLanguage"))
                .andExpect(content().string(containsString("Ин майдон ҳатмист")));
        assertThat(TestUsers.as(officer, () -> commitments.find(CommitmentFilter.none(), 0, 1)).total())
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
                .andExpect(content().string(containsString("value=\"" + commissioner.reference() + "\"")))
                .andExpect(content().string(not(containsString("name=\"status\""))));
        mvc.perform(post("/commitments/" + created.id()).with(csrf()).with(signedIn(officer))
                        .param("kind", "UNDERTAKING").param("madeByReference", commissioner.reference())
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

    @Test
    void theNavigationLeadsToCommitments() throws Exception {
        mvc.perform(get("/").with(signedIn(analyst)).sessionAttr("huquq.language", "ru"))
                .andExpect(content().string(containsString("href=\"/commitments\"")))
                .andExpect(content().string(containsString("Обязательства")));
    }
}
