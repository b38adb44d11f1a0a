package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineStep;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyDeadlineFacts;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 9: one institution's administrator rewrote another's deadlines. Reply rules and calendar days are shared
 * defaults; an administrator's change is their institution's own version, which only it counts under, sees and
 * audits. Two offices share the installation, as in the report: the Russian Commissioner's (RU) and the Tajik
 * Ombudsman's (TJ).
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeadlinesAcrossInstitutionsTests {

    /** A day on which the letters sent on 3 October 2024 under RU-59-FZ (due 11 November 2024) are overdue. */
    static final LocalDate LATER = LocalDate.of(2025, 1, 10);
    static final LocalDate DUE_UNDER_THE_SHARED_RULE = LocalDate.of(2024, 11, 11);

    @Autowired
    MockMvc mvc;

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ReplyDeadlines deadlines;

    @Autowired
    AuditLog audit;

    @Autowired
    JsonMapper json;

    @Autowired
    TestUsers users;

    HuquqUser russianAdmin;
    HuquqUser russianClerk;
    HuquqUser tajikAdmin;
    HuquqUser tajikClerk;
    HuquqUser tajikAuditor;

    @BeforeEach
    void twoOffices() {
        String code = "ru-" + UUID.randomUUID().toString().substring(0, 8);
        UUID russia = identity.createInstitution(code, "Commissioner " + code, "RU", "ru");
        UUID tajikistan = users.institution();
        russianAdmin = users.user(russia, Role.ADMINISTRATOR);
        russianClerk = users.user(russia, Role.REGISTRY_CLERK);
        tajikAdmin = users.user(tajikistan, Role.ADMINISTRATOR);
        tajikClerk = users.user(tajikistan, Role.REGISTRY_CLERK);
        tajikAuditor = users.user(tajikistan, Role.AUDITOR);
    }

    @Test
    void theRussianAdministratorsChangeToRu59FzLeavesTheTajikLettersOverdueAndTheTajikRuleAsShipped()
            throws Exception {
        List<UUID> tajikLetters = lettersUnderRu59Fz(tajikClerk, 3);
        assertThat(overdue(tajikClerk)).containsAll(tajikLetters);

        mvc.perform(put("/api/v1/reply-rules/RU-59-FZ")
                        .with(authentication(TestUsers.signedIn(russianAdmin))).header("If-Match", etag(russianAdmin))
                        .contentType(MediaType.APPLICATION_JSON).content(ru59FzWithAnswerDays(3650)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answerDays").value(3650));

        assertThat(overdue(tajikClerk)).as("no Tajik letter leaves 'overdue'").containsAll(tajikLetters);
        for (UUID letter : tajikLetters) {
            assertThat(as(tajikClerk, () -> letters.get(letter)).replyDeadline().replyBy())
                    .isEqualTo(DUE_UNDER_THE_SHARED_RULE);
        }
        mvc.perform(get("/api/v1/reply-rules/RU-59-FZ").with(authentication(TestUsers.signedIn(tajikClerk))))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.answerDays").value(30))
                .andExpect(jsonPath("$.origin").value("SHARED"));
        mvc.perform(get("/api/v1/reply-rules/RU-59-FZ").with(authentication(TestUsers.signedIn(russianClerk))))
                .andExpect(jsonPath("$.answerDays").value(3650))
                .andExpect(jsonPath("$.origin").value("OWN_VERSION"));
        String page = mvc.perform(get("/admin/reply-rules/RU-59-FZ")
                        .with(authentication(TestUsers.signedIn(tajikAdmin))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Shared rule")))
                .andReturn().getResponse().getContentAsString();
        assertThat(input(page, "answerDays")).contains("value=\"30\"");
        assertThat(lettersUnderRu59Fz(tajikClerk, 1)).as("a new Tajik letter counts under the shared rule")
                .allSatisfy(letter -> assertThat(as(tajikClerk, () -> letters.get(letter)).replyDeadline().replyBy())
                        .isEqualTo(DUE_UNDER_THE_SHARED_RULE));

        assertThat(audit.latest(russianAdmin.institutionId(), 0, 10)).anyMatch(e -> isRuleChangeBy(e, russianAdmin));
        assertThat(audit.latest(tajikAuditor.institutionId(), 0, 50))
                .noneMatch(e -> "ReplyRule".equals(e.objectType()));
        mvc.perform(get("/api/v1/audit").param("kind", "ReplyRule")
                        .with(authentication(TestUsers.signedIn(tajikAuditor))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items", empty()));
    }

    @Test
    void theRussianOfficesOwnLettersAreDerivedAgainUnderItsVersionAndGoBackWithTheSharedRule() throws Exception {
        List<UUID> russianLetters = lettersUnderRu59Fz(russianClerk, 2);
        assertThat(overdue(russianClerk)).containsAll(russianLetters);

        String etag = mvc.perform(put("/api/v1/reply-rules/RU-59-FZ")
                        .with(authentication(TestUsers.signedIn(russianAdmin))).header("If-Match", etag(russianAdmin))
                        .contentType(MediaType.APPLICATION_JSON).content(ru59FzWithAnswerDays(3650)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");

        assertThat(overdue(russianClerk)).doesNotContainAnyElementsOf(russianLetters);
        LetterView ours = as(russianClerk, () -> letters.get(russianLetters.get(0)));
        // registered by the recipient (assumed) on 11 October 2024, + 3650 days
        assertThat(ours.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2034, 10, 9));
        assertThat(ours.replyDeadline().steps()).extracting(ReplyDeadlineStep::messageKey)
                .contains("deadlines.replyDeadline.step.ownVersion");
        mvc.perform(get("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(russianClerk))))
                .andExpect(jsonPath("$.items[?(@.code == 'RU-59-FZ')].answerDays", hasItem(3650)))
                .andExpect(jsonPath("$.items[?(@.code == 'RU-59-FZ')].origin", hasItem("OWN_VERSION")));

        // an ETag read from the shared rule is stale once the office has its own version
        mvc.perform(post("/api/v1/reply-rules/RU-59-FZ/reset").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/reply-rules/RU-59-FZ/reset").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .header("If-Match", etag))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.answerDays").value(30))
                .andExpect(jsonPath("$.origin").value("SHARED"));

        assertThat(overdue(russianClerk)).containsAll(russianLetters);
        assertThat(as(russianClerk, () -> letters.get(russianLetters.get(0))).replyDeadline().replyBy())
                .isEqualTo(DUE_UNDER_THE_SHARED_RULE);
        assertThat(audit.latest(russianAdmin.institutionId(), 0, 10)).filteredOn(e -> isRuleChangeBy(e, russianAdmin))
                .hasSize(2);
    }

    @Test
    void anAdministratorGoesBackToTheSharedRuleOnTheRulePageAndCannotResetARuleOfTheirOwn() throws Exception {
        // sent Friday 10 January 2025, delivered (assumed) on the 15th, + 10 days = Saturday 25th, moved to the 27th
        assertThat(ru1FkzReplyBy()).isEqualTo(LocalDate.of(2025, 1, 27));
        mvc.perform(put("/api/v1/reply-rules/RU-1-FKZ").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(ruleAsRead(russianAdmin, "RU-1-FKZ", 20)))
                .andExpect(status().isOk());
        assertThat(ru1FkzReplyBy()).isEqualTo(LocalDate.of(2025, 2, 4));
        mvc.perform(get("/admin/reply-rules/RU-1-FKZ").with(authentication(TestUsers.signedIn(russianAdmin))))
                .andExpect(content().string(allOf(containsString("Our institution&#39;s version"),
                        containsString("id=\"reset-rule\""))));
        String version = etag(russianAdmin, "RU-1-FKZ").replace("\"", "");
        mvc.perform(post("/admin/reply-rules/RU-1-FKZ/reset").with(csrf())
                        .with(authentication(TestUsers.signedIn(russianAdmin))).param("version", version))
                .andExpect(redirectedUrl("/admin/reply-rules/RU-1-FKZ"));
        mvc.perform(get("/admin/reply-rules/RU-1-FKZ").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .sessionAttr("huquq.language", "tg"))
                .andExpect(content().string(allOf(containsString("Қоидаи умумӣ"), not(containsString("reset-rule")))));
        assertThat(ru1FkzReplyBy()).isEqualTo(LocalDate.of(2025, 1, 27));

        String own = "TEST-OWN-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(java.util.Locale.ROOT);
        mvc.perform(post("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ruleAsRead(russianAdmin, "RU-1-FKZ", 10).replace("RU-1-FKZ", own)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.origin").value("OWN"));
        mvc.perform(post("/api/v1/reply-rules/" + own + "/reset").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .header("If-Match", "\"0\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        mvc.perform(get("/api/v1/reply-rules/" + own).with(authentication(TestUsers.signedIn(tajikClerk))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aHolidayTheRussianAdministratorAddsToTheTajikCalendarIsNeitherShownToTheTajikOfficeNorMovesItsDates()
            throws Exception {
        // received Friday 8 November 2024: 30 days end on Sunday 8 December, moved to Monday 9 December
        UUID ombudsman = as(tajikClerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        LetterView before = as(tajikClerk, () -> letters.register(LetterMother.incoming(ombudsman)
                .expectingOurAnswer().register()));
        assertThat(before.replyDeadline().replyBy()).isEqualTo(LocalDate.of(2024, 12, 9));

        mvc.perform(post("/api/v1/calendars/TJ/holidays").with(authentication(TestUsers.signedIn(russianAdmin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2024-12-09\",\"kind\":\"HOLIDAY\","
                                + "\"nameEn\":\"Day of the Russian office\","
                                + "\"nameRu\":\"День российского аппарата\",\"nameTg\":\"Рӯзи дастгоҳи Русия\"}"))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/calendars/TJ/holidays").param("year", "2024")
                        .with(authentication(TestUsers.signedIn(tajikClerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].date", not(hasItem("2024-12-09"))))
                .andExpect(jsonPath("$.items[*].date", hasItem("2024-03-21")));
        mvc.perform(get("/api/v1/calendars/TJ/holidays/2024-12-09")
                        .with(authentication(TestUsers.signedIn(tajikClerk))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/calendars/TJ").param("year", "2024")
                        .with(authentication(TestUsers.signedIn(tajikAdmin))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Day of the Russian office"))));
        assertThat(as(tajikClerk, () -> letters.get(before.id())).replyDeadline().replyBy())
                .isEqualTo(LocalDate.of(2024, 12, 9));
        LetterView after = as(tajikClerk, () -> letters.register(LetterMother.incoming(ombudsman)
                .expectingOurAnswer().register()));
        assertThat(after.replyDeadline().replyBy()).as("a new Tajik letter with the same dates")
                .isEqualTo(LocalDate.of(2024, 12, 9));
        mvc.perform(get("/api/v1/calendars/TJ/holidays/2024-12-09")
                        .with(authentication(TestUsers.signedIn(russianClerk))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shared").value(false));
        // the Russian office counts Tajik periods with its own calendar of Tajikistan
        assertThat(as(russianClerk, () -> deadlines.replyBy("TJ-APPEALS", ReplyDeadlineFacts
                .sentOn(LocalDate.of(2024, 11, 1)).deliveredOn(LocalDate.of(2024, 11, 8)))).replyBy())
                .isEqualTo(LocalDate.of(2024, 12, 10));

        assertThat(audit.latest(russianAdmin.institutionId(), 0, 10)).anyMatch(e -> "CalendarDay".equals(
                e.objectType()) && e.actor().equals(russianAdmin.username()));
        assertThat(audit.latest(tajikAuditor.institutionId(), 0, 50))
                .noneMatch(e -> "CalendarDay".equals(e.objectType()));
    }

    @Test
    void anAdministratorRemovesASharedDayFromTheirInstitutionsCalendarOnlyAndRestoresIt() throws Exception {
        // Navruz, 21-24 March 2025: the shared Tajik calendar has them
        mvc.perform(delete("/api/v1/calendars/TJ/holidays/2025-03-21").with(authentication(
                        TestUsers.signedIn(russianAdmin))))
                .andExpect(status().isNoContent());
        assertThat(as(russianClerk, () -> deadlines.replyBy("TJ-APPEALS", ReplyDeadlineFacts
                .sentOn(LocalDate.of(2025, 2, 10)).deliveredOn(LocalDate.of(2025, 2, 19)))).replyBy())
                .as("21 March is a working Friday in the Russian office's calendar of Tajikistan")
                .isEqualTo(LocalDate.of(2025, 3, 21));
        assertThat(as(tajikClerk, () -> deadlines.replyBy("TJ-APPEALS", ReplyDeadlineFacts
                .sentOn(LocalDate.of(2025, 2, 10)).deliveredOn(LocalDate.of(2025, 2, 19)))).replyBy())
                .as("the Tajik office keeps Navruz").isEqualTo(LocalDate.of(2025, 3, 25));
        mvc.perform(get("/admin/calendars/TJ").param("year", "2025")
                        .with(authentication(TestUsers.signedIn(russianAdmin))))
                .andExpect(content().string(allOf(containsString("id=\"removed-2025-03-21\""),
                        not(containsString("id=\"day-2025-03-21\"")), containsString("id=\"day-2025-03-22\""))));
        mvc.perform(delete("/api/v1/calendars/TJ/holidays/2025-03-21").with(authentication(
                        TestUsers.signedIn(russianAdmin))))
                .andExpect(status().isNotFound());

        mvc.perform(post("/admin/calendars/TJ/days/2025-03-21/restoration").with(csrf())
                        .with(authentication(TestUsers.signedIn(russianAdmin))))
                .andExpect(redirectedUrl("/admin/calendars/TJ?year=2025"));
        mvc.perform(get("/api/v1/calendars/TJ/holidays/2025-03-21").with(authentication(
                        TestUsers.signedIn(russianClerk))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shared").value(true));
        mvc.perform(post("/api/v1/calendars/TJ/holidays/2025-03-21/restoration").with(authentication(
                        TestUsers.signedIn(russianAdmin))))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/calendars/TJ/holidays/2025-03-21").with(authentication(
                        TestUsers.signedIn(russianClerk))))
                .andExpect(status().isForbidden());
    }

    /** Registers outgoing letters sent on 3 October 2024 under RU-59-FZ, to the office's own counterpart. */
    private List<UUID> lettersUnderRu59Fz(HuquqUser clerk, int count) {
        UUID commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> as(clerk, () -> letters.register(LetterMother.outgoing(commissioner).register())).id())
                .toList();
    }

    private List<UUID> overdue(HuquqUser user) {
        return as(user, () -> letters.overdue(LATER, null, null, null, 100)).items().stream().map(LetterSummary::id)
                .toList();
    }

    private String etag(HuquqUser user) throws Exception {
        return etag(user, "RU-59-FZ");
    }

    private String etag(HuquqUser user, String code) throws Exception {
        return mvc.perform(get("/api/v1/reply-rules/" + code).with(authentication(TestUsers.signedIn(user))))
                .andReturn().getResponse().getHeader("ETag");
    }

    /** The reply-by date of a letter sent on {@link #LATER} under RU-1-FKZ, as the Russian office counts it. */
    private LocalDate ru1FkzReplyBy() {
        return as(russianAdmin, () -> deadlines.replyBy("RU-1-FKZ", ReplyDeadlineFacts.sentOn(LATER))).replyBy();
    }

    /** The tag of a page's input field of this name. */
    private static String input(String html, String name) {
        java.util.regex.Matcher tag = java.util.regex.Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*>")
                .matcher(html);
        assertThat(tag.find()).as("input " + name).isTrue();
        return tag.group();
    }

    private String ru59FzWithAnswerDays(int days) throws Exception {
        return ruleAsRead(russianAdmin, "RU-59-FZ", days);
    }

    /** The rule as the API reads it, as a body to send back with another answer period: the facts only. */
    private String ruleAsRead(HuquqUser user, String code, int answerDays) throws Exception {
        MvcResult read = mvc.perform(get("/api/v1/reply-rules/" + code)
                .with(authentication(TestUsers.signedIn(user)))).andReturn();
        ObjectNode rule = (ObjectNode) json.readTree(read.getResponse().getContentAsString());
        rule.remove(List.of("id", "origin", "createdAt", "createdBy", "updatedAt", "updatedBy", "version"));
        return json.writeValueAsString(rule.put("answerDays", answerDays));
    }

    private static boolean isRuleChangeBy(AuditEntryView entry, HuquqUser user) {
        return "ReplyRule".equals(entry.objectType()) && entry.actor().equals(user.username());
    }
}
