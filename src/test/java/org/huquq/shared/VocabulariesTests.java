package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class VocabulariesTests {

    private static final Locale RU = new Locale("ru");
    private static final Locale TG = new Locale("tg");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    Vocabularies vocabularies;

    @Autowired
    AuditLog audit;

    HuquqUser admin;

    @BeforeEach
    void administratorOfAFreshInstitution() {
        admin = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void seedsPlaceTypesAndAuthoritiesWithRussianAndTajikLabels() {
        assertThat(vocabularies.activeTerms("place-type", Locale.ENGLISH)).extracting(TermOption::code)
                .containsExactly("PENAL_COLONY", "PRE_TRIAL_DETENTION", "POLICE_TEMPORARY_DETENTION",
                        "MIGRATION_DETENTION", "BORDER_FACILITY", "PSYCHIATRIC", "JUVENILE", "OTHER");
        assertThat(vocabularies.label("place-type", "PENAL_COLONY", RU)).isEqualTo("Исправительная колония");
        assertThat(vocabularies.label("place-type", "PENAL_COLONY", TG)).isEqualTo("Колонияи ислоҳӣ");
        assertThat(vocabularies.activeTerms("authority", TG)).extracting(TermOption::label)
                .contains("Вазорати адлия", "Вазорати корҳои дохилӣ");
        assertThat(vocabularies.isActive("authority", "SECURITY_SERVICE")).isTrue();
        assertThat(vocabularies.isActive("authority", "NO_SUCH_TERM")).isFalse();
    }

    @Test
    void administratorAddsATermOnThePageAndItAppearsWithAllThreeLabels() throws Exception {
        mvc.perform(post("/admin/vocabularies/place-type/terms").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("code", "SPECIAL_HOSPITAL").param("labelEn", "Prison hospital")
                        .param("labelRu", "Больница для осуждённых").param("labelTg", "Беморхонаи маҳкумшудагон"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/vocabularies/place-type"));

        mvc.perform(get("/admin/vocabularies/place-type").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("SPECIAL_HOSPITAL"),
                        org.hamcrest.Matchers.containsString("Prison hospital"),
                        org.hamcrest.Matchers.containsString("Больница для осуждённых"),
                        org.hamcrest.Matchers.containsString("Беморхонаи маҳкумшудагон"))));

        actAs(admin);
        assertThat(vocabularies.activeTerms("place-type", TG))
                .contains(new TermOption("SPECIAL_HOSPITAL", "Беморхонаи маҳкумшудагон"));
        assertThat(audit.latest(admin.institutionId(), 0, 5))
                .anyMatch(e -> e.action() == AuditAction.CREATE && "VocabularyTerm".equals(e.objectType())
                        && e.actor().equals(admin.username()));
    }

    @Test
    void anotherInstitutionDoesNotSeeATermItDidNotAdd() {
        actAs(admin);
        vocabularies.addTerm("authority", new NewTerm("PROSECUTOR", "Prosecutor's office", "Прокуратура",
                "Прокуратура", null));
        assertThat(vocabularies.isActive("authority", "PROSECUTOR")).isTrue();

        actAs(testUsers.user(testUsers.institution(), Role.CASE_OFFICER));
        assertThat(vocabularies.isActive("authority", "PROSECUTOR")).isFalse();
        assertThat(vocabularies.activeTerms("authority", Locale.ENGLISH)).extracting(TermOption::code)
                .doesNotContain("PROSECUTOR");
    }

    @Test
    void nonAdministratorIsRefusedThePagesTheFormAndTheApi() throws Exception {
        HuquqUser officer = testUsers.user(admin.institutionId(), Role.CASE_OFFICER);
        mvc.perform(get("/admin/vocabularies").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/vocabularies/place-type/terms").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .param("code", "SNEAKY").param("labelEn", "x").param("labelRu", "x").param("labelTg", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/vocabularies/place-type/terms").with(authentication(TestUsers.signedIn(officer)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"SNEAKY\",\"labelEn\":\"x\",\"labelRu\":\"x\",\"labelTg\":\"x\"}"))
                .andExpect(status().isForbidden());

        actAs(officer);
        assertThat(vocabularies.isActive("place-type", "SNEAKY")).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> vocabularies.addTerm("place-type",
                new NewTerm("SNEAKY", "x", "x", "x", null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void duplicateCodeIsAFieldErrorAndNothingIsSaved() throws Exception {
        actAs(admin);
        int before = vocabularies.terms("place-type").size();

        mvc.perform(post("/admin/vocabularies/place-type/terms").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("code", "PENAL_COLONY").param("labelEn", "Second colony")
                        .param("labelRu", "Вторая колония").param("labelTg", "Колонияи дуюм"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "This vocabulary already has a term with this code.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Second colony\"")));

        actAs(admin);
        assertThat(vocabularies.terms("place-type")).hasSize(before);
        assertThat(vocabularies.label("place-type", "PENAL_COLONY", Locale.ENGLISH)).isEqualTo("Penal colony");
    }

    @Test
    void missingLabelsAndAMalformedCodeAreFieldErrors() throws Exception {
        mvc.perform(post("/admin/vocabularies/place-type/terms").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("code", "lower case").param("labelEn", "Fine").param("labelRu", "").param("labelTg", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("Use upper-case Latin letters"),
                        org.hamcrest.Matchers.containsString("Required."))));
    }

    @Test
    void deprecatedTermIsNoLongerOfferedButItsLabelStillResolves() throws Exception {
        actAs(admin);
        vocabularies.addTerm("place-type", new NewTerm("CLOSED_WARD", "Closed ward", "Закрытое отделение",
                "Шӯъбаи пӯшида", null));

        mvc.perform(post("/admin/vocabularies/place-type/terms/CLOSED_WARD/deprecation").with(csrf())
                        .with(authentication(TestUsers.signedIn(admin))).param("deprecated", "true"))
                .andExpect(redirectedUrl("/admin/vocabularies/place-type"));

        actAs(admin); // the request cleared this thread's security context
        assertThat(vocabularies.activeTerms("place-type", TG)).extracting(TermOption::code).doesNotContain("CLOSED_WARD");
        assertThat(vocabularies.isActive("place-type", "CLOSED_WARD")).isFalse();
        assertThat(vocabularies.label("place-type", "CLOSED_WARD", TG)).isEqualTo("Шӯъбаи пӯшида");

        assertThat(vocabularies.labels("place-type", RU)).containsEntry("CLOSED_WARD", "Закрытое отделение")
                .containsEntry("PENAL_COLONY", "Исправительная колония");

        vocabularies.setDeprecated("place-type", "CLOSED_WARD", false);
        assertThat(vocabularies.isActive("place-type", "CLOSED_WARD")).isTrue();
    }

    @Test
    void deprecatingABuiltInTermWithdrawsItForOneInstitutionOnly() {
        actAs(admin);
        vocabularies.setDeprecated("place-type", "JUVENILE", true);
        assertThat(vocabularies.isActive("place-type", "JUVENILE")).isFalse();
        assertThat(vocabularies.label("place-type", "JUVENILE", RU)).isEqualTo("Учреждение для несовершеннолетних");
        assertThat(audit.latest(admin.institutionId(), 0, 5))
                .anyMatch(e -> e.action() == AuditAction.UPDATE && "VocabularyTerm".equals(e.objectType()));

        actAs(testUsers.user(testUsers.institution(), Role.MONITOR));
        assertThat(vocabularies.isActive("place-type", "JUVENILE")).isTrue();
    }

    @Test
    void apiCreatesATermWith201AndALocation() throws Exception {
        mvc.perform(post("/api/v1/vocabularies/authority/terms").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"code":"MIGRATION_SERVICE","labelEn":"Migration service",
                                 "labelRu":"Миграционная служба","labelTg":"Хадамоти муҳоҷират"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/vocabularies/authority/terms/MIGRATION_SERVICE"))
                .andExpect(jsonPath("$.labelTg").value("Хадамоти муҳоҷират"));

        mvc.perform(get("/api/v1/vocabularies/authority/terms/MIGRATION_SERVICE")
                        .with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.builtIn").value(false));
        mvc.perform(get("/api/v1/vocabularies").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'place-type')].terms[0].code").value("PENAL_COLONY"));
    }

    @Test
    void apiAnswersProblemJsonWithFieldErrorsOnBadInputAndDuplicates() throws Exception {
        mvc.perform(post("/api/v1/vocabularies/authority/terms").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"bad code\",\"labelEn\":\"x\",\"labelRu\":\"\",\"labelTg\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'labelRu')]").exists());

        mvc.perform(post("/api/v1/vocabularies/authority/terms").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\":\"OTHER\",\"labelEn\":\"x\",\"labelRu\":\"x\",\"labelTg\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("code"));

        mvc.perform(get("/api/v1/vocabularies/no-such-list").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isNotFound());
    }

    @Test
    void pagesRenderInTajikWithoutMissingMessages() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("huquq.language", "tg");
        Map<String, String> expected = Map.of("/admin/vocabularies", "Тақвимҳои рӯзҳои корӣ",
                "/admin/vocabularies/authority", "Вазорати адлия",
                "/admin/calendars/TJ?year=2026", "Иди байналмилалии Наврӯз");
        for (Map.Entry<String, String> page : expected.entrySet()) {
            mvc.perform(get(page.getKey()).session(session).with(authentication(TestUsers.signedIn(admin))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(page.getValue())));
        }
    }

    @Test
    void tajikLabelsSurviveTheDatabaseRoundTrip() {
        actAs(admin);
        String tajik = "Ҷои нигоҳдории ӯ ва ғ: ҳ, қ, ҷ, ӣ, ӯ, ғ — " + UUID.randomUUID().toString().substring(0, 4);
        vocabularies.addTerm("place-type", new NewTerm("TAJIK_LETTERS", "Tajik letters", "Таджикские буквы", tajik,
                null));
        assertThat(vocabularies.label("place-type", "TAJIK_LETTERS", TG)).isEqualTo(tajik);
        assertThat(vocabularies.find("place-type", "TAJIK_LETTERS")).get().extracting(VocabularyTerm::labelTg)
                .isEqualTo(tajik);
    }

    private static void actAs(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
    }
}
