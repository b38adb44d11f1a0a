package org.huquq.deadlines;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The reply-rule pages and API, and the reply-by calculator, as administrators and other staff see them. */
@SpringBootTest
@AutoConfigureMockMvc
class ReplyRuleWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ReplyRuleManagement rules;

    HuquqUser admin;
    HuquqUser clerk;

    @BeforeEach
    void staff() {
        UUID institution = users.institution();
        admin = users.user(institution, Role.ADMINISTRATOR);
        clerk = users.user(institution, Role.REGISTRY_CLERK);
    }

    @Test
    void administratorSeesTheRulesAndCreatesOneOnThePage() throws Exception {
        mvc.perform(get("/admin/reply-rules").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("RU-59-FZ"), containsString("30 calendar days"),
                        containsString("1 × up to 30 days"))));
        mvc.perform(get("/admin/reply-rules/new").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("New reply-deadline rule"),
                        containsString("Moves to the next working day"))));
        String code = "TEST-PAGE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        mvc.perform(post("/admin/reply-rules").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("code", code).param("country", "KZ").param("nameEn", "Kazakhstan: appeals")
                        .param("nameRu", "Казахстан: обращения").param("nameTg", "Қазоқистон: муроҷиатҳо")
                        .param("legalBasis", "Test law").param("countingStart", "DELIVERED")
                        .param("deliveryDays", "5").param("answerDays", "15").param("dayKind", "WORKING")
                        .param("extensionMaxCount", "0").param("nonWorkingEnd", "NEXT_WORKING_DAY")
                        .param("longOverdueDays", "30"))
                .andExpect(redirectedUrl("/admin/reply-rules/" + code));
        mvc.perform(get("/admin/reply-rules/" + code).with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kazakhstan: appeals")));
        // a second editor who still holds version 0 is told, and nothing is overwritten
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/admin/reply-rules/" + code).with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                    .param("version", "0").param("country", "KZ").param("nameEn", "Kazakhstan: appeals " + attempt)
                    .param("nameRu", "Казахстан: обращения").param("nameTg", "Қазоқистон: муроҷиатҳо")
                    .param("legalBasis", "Test law").param("countingStart", "DELIVERED")
                    .param("deliveryDays", "5").param("answerDays", "15").param("dayKind", "WORKING")
                    .param("extensionMaxCount", "0").param("nonWorkingEnd", "NEXT_WORKING_DAY")
                    .param("longOverdueDays", "30"))
                    .andExpect(attempt == 0 ? redirectedUrl("/admin/reply-rules/" + code)
                            : content().string(containsString("Someone else changed this record")));
        }
        org.assertj.core.api.Assertions.assertThat(TestUsers.as(admin, () -> rules.rule(code)).nameEn())
                .isEqualTo("Kazakhstan: appeals 0");
    }

    @Test
    void pageShowsEveryWrongFieldBesideItAndSavesNothing() throws Exception {
        int before = TestUsers.as(admin, () -> rules.rules()).size();
        mvc.perform(post("/admin/reply-rules").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("code", "TEST-BAD").param("country", "XX").param("nameEn", "x").param("nameRu", "x")
                        .param("nameTg", "x").param("legalBasis", "law").param("countingStart", "SENT")
                        .param("answerDays", "-5").param("dayKind", "CALENDAR").param("nonWorkingEnd", "KEEP")
                        .param("longOverdueDays", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Please correct the fields marked below."),
                        containsString("This is not a valid value."))));
        mvc.perform(post("/admin/reply-rules").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("code", "TEST-BAD").param("country", "XX").param("nameEn", "x").param("nameRu", "x")
                        .param("nameTg", "x").param("legalBasis", "law").param("countingStart", "SENT")
                        .param("answerDays", "-5").param("dayKind", "CALENDAR").param("nonWorkingEnd", "KEEP")
                        .param("longOverdueDays", "30"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Unknown country"),
                        containsString("Enter a number of days from 1 to 3650."))));
        org.assertj.core.api.Assertions.assertThat(TestUsers.as(admin, () -> rules.rules())).hasSize(before);
    }

    @Test
    void administratorDeprecatesARuleAndItLeavesTheCalculator() throws Exception {
        ReplyRuleView rule = TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().build()));
        mvc.perform(get("/reply-deadlines").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(rule.code())));
        mvc.perform(post("/admin/reply-rules/" + rule.code() + "/deprecation").with(csrf())
                        .with(authentication(TestUsers.signedIn(admin)))
                        .param("deprecated", "true").param("version", "0"))
                .andExpect(redirectedUrl("/admin/reply-rules"));
        mvc.perform(get("/reply-deadlines").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(not(containsString(rule.code()))));
    }

    @Test
    void otherStaffMayNotOpenTheAdministrationOrChangeRules() throws Exception {
        mvc.perform(get("/admin/reply-rules").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/reply-rules/RU-59-FZ/deprecation").with(csrf())
                        .with(authentication(TestUsers.signedIn(clerk)))
                        .param("deprecated", "true").param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(clerk)))
                        .contentType(MediaType.APPLICATION_JSON).content(json("TEST-X", 30)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/reply-rules/RU-59-FZ").with(authentication(TestUsers.signedIn(clerk)))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(json("RU-59-FZ", 30)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", hasItems("RU-59-FZ", "RU-1-FKZ", "TJ-APPEALS")));
    }

    @Test
    void apiCreatesWith201ReadsWithETagAndUpdatesOnlyWithTheCurrentVersion() throws Exception {
        String code = "TEST-API-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        mvc.perform(post("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON).content(json(code, 30)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/reply-rules/" + code))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.nameTg").value("Қоидаи санҷишӣ"));
        mvc.perform(get("/api/v1/reply-rules/" + code).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.answerDays").value(30));
        mvc.perform(put("/api/v1/reply-rules/" + code).with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON).content(json(code, 20)))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/reply-rules/" + code).with(authentication(TestUsers.signedIn(admin)))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json(code, 20)))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.answerDays").value(20));
        mvc.perform(put("/api/v1/reply-rules/" + code).with(authentication(TestUsers.signedIn(admin)))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(json(code, 25)))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/reply-rules/NO-SUCH-RULE").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isNotFound());
    }

    @Test
    void apiRejectsBadRulesAsProblemJsonWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("TEST-NEG", -30).replace("\"RU\"", "\"XX\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("answerDays", "country")));
        mvc.perform(post("/api/v1/reply-rules").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json("TEST-ENUM", 30).replace("\"CALENDAR\"", "\"LUNAR\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dayKind"));
    }

    @Test
    void calculatorPageExplainsTheDateInTheReadersLanguageWithAndWithoutHtmx() throws Exception {
        mvc.perform(get("/reply-deadlines").with(authentication(TestUsers.signedIn(clerk)))
                        .param("rule", "RU-59-FZ").param("sentOn", "2024-10-03").param("on", "2024-11-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<title>Reply-by calculator</title>"),
                        containsString("Delivery date unknown: assumed 8 October 2024, 5 days after sending."),
                        containsString("10 November 2024 (Sunday) is not a working day in Russia: moved to "
                                + "11 November 2024 (Monday)."),
                        containsString("Overdue"))));
        mvc.perform(get("/reply-deadlines").header("HX-Request", "true")
                        .with(authentication(TestUsers.signedIn(clerk))).sessionAttr("huquq.language", "ru")
                        .param("rule", "RU-59-FZ").param("sentOn", "2024-10-03").param("on", "2024-11-20"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(not(containsString("<title>")),
                        containsString("Ответ ожидается до 11 ноября 2024."),
                        containsString("10 ноября 2024 (воскресенье) — нерабочий день (Россия)"))));
        mvc.perform(get("/reply-deadlines").with(authentication(TestUsers.signedIn(clerk)))
                        .sessionAttr("huquq.language", "tg")
                        .param("rule", "RU-1-FKZ").param("sentOn", "2024-10-03").param("on", "2024-10-10")
                        .param("acknowledgedOn", "2024-10-09"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Ҳисобкунаки мӯҳлати ҷавоб"),
                        containsString("Гирифтан тасдиқ шуд"))));
    }

    @Test
    void calculatorPageNamesBadDates() throws Exception {
        mvc.perform(get("/reply-deadlines").with(authentication(TestUsers.signedIn(clerk)))
                        .param("rule", "RU-59-FZ").param("sentOn", "2024-10-03").param("registeredOn", "2024-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This date is before the letter was sent.")));
    }

    @Test
    void calculatorApiAnswersWithTheDateTheStepsAndTheState() throws Exception {
        mvc.perform(post("/api/v1/reply-deadlines").with(authentication(TestUsers.signedIn(clerk)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rule":"RU-59-FZ","sentOn":"2024-10-03","registeredOn":"2024-10-11",
                                 "extensions":[{"noticeOn":"2024-11-05","days":30}],
                                 "outcomes":[{"kind":"ACKNOWLEDGED","on":"2024-10-20"},
                                             {"kind":"ANSWERED","on":"2024-12-12"}],
                                 "on":"2025-01-10"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.replyBy").value("2024-12-10"))
                .andExpect(jsonPath("$.assumed").value(false))
                .andExpect(jsonPath("$.steps[0].messageKey").value("deadlines.replyDeadline.step.sent"))
                .andExpect(jsonPath("$.steps[0].arguments[0]").value("2024-10-03"))
                .andExpect(jsonPath("$.steps[0].text").value("Sent on 3 October 2024."))
                .andExpect(jsonPath("$.status.state").value("ANSWERED_LATE"))
                .andExpect(jsonPath("$.status.daysPastReplyBy").value(2));
        mvc.perform(post("/api/v1/reply-deadlines").with(authentication(TestUsers.signedIn(clerk)))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"rule":"RU-59-FZ","sentOn":"2024-10-03","registeredOn":"2024-10-01",
                                 "extensions":[{"days":30}]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("registeredOn", "extensions[0].noticeOn")));
        mvc.perform(post("/api/v1/reply-deadlines").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
    }

    private static String json(String code, int answerDays) {
        return """
                {"code":"%s","country":"RU","nameEn":"Test rule","nameRu":"Тестовое правило",
                 "nameTg":"Қоидаи санҷишӣ","legalBasis":"Test law, art. 1","countingStart":"DELIVERED",
                 "deliveryDays":5,"answerDays":%d,"dayKind":"CALENDAR","extensionMaxCount":0,
                 "nonWorkingEnd":"NEXT_WORKING_DAY","longOverdueDays":30}""".formatted(code, answerDays);
    }
}
