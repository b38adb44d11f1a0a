package org.huquq.commitments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.ApiTokens;
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
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CommitmentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CounterpartManagement counterparts;

    String officerToken;
    String analystToken;
    String strangerToken;
    UUID commissioner;

    @BeforeEach
    void tokens() {
        clock.today(LocalDate.of(2025, 3, 3));
        UUID institution = users.institution();
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER);
        officerToken = tokenFor(officer);
        analystToken = tokenFor(users.user(institution, Role.ANALYST));
        strangerToken = tokenFor(users.user(users.institution(), Role.HEAD));
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String tokenFor(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
        try {
            return "Bearer " + tokens.create(user, "test", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String body(String extra) {
        return """
                {"kind":"PLEDGE","madeBy":"%s","madeByPerson":"Татьяна Москалькова","madeOn":"2024-12-16",
                 "sourceKind":"LETTER","sourceReference":"Ответ на письмо от октября 2024 г.",
                 "text":"Примем меры по защите прав граждан Республики Таджикистан.","textLanguage":"ru",
                 "summary":"Ваъда оид ба ҳифзи ҳуқуқҳо","confidentiality":"INTERNAL"%s}""".formatted(commissioner, extra);
    }

    String create() throws Exception {
        return mvc.perform(post("/api/v1/commitments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body("")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/commitments/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.reference").value(matchesPattern("CMT-\\d{6}")))
                .andExpect(jsonPath("$.status").value("NO_INFORMATION"))
                .andExpect(jsonPath("$.summary").value("Ваъда оид ба ҳифзи ҳуқуқҳо"))
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void createAnswers201WithLocationAndTheInstitutionReadsItWithAnETag() throws Exception {
        String location = create();
        mvc.perform(get(location).header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.madeBy").value(commissioner.toString()))
                .andExpect(jsonPath("$.madeTo").doesNotExist());
        mvc.perform(get("/api/v1/commitments").param("madeBy", commissioner.toString())
                        .header("Authorization", analystToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aStatusInTheBodyIsAnUnknownPropertyAndBadFieldsAreProblemDetails() throws Exception {
        mvc.perform(post("/api/v1/commitments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body(",\"status\":\"IMPLEMENTED\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/commitments").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("").replace("2024-12-16", "2025-03-04").replace("\"ru\"", "\"russian\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("textLanguage")));
        mvc.perform(post("/api/v1/commitments").header("Authorization", officerToken)
                        .header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("").replace("2024-12-16", "2025-03-04")
                                .replace(commissioner.toString(), UUID.randomUUID().toString())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("madeOn")))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("madeBy")));
    }

    @Test
    void updateNeedsIfMatchAndAStaleVersionGets412() throws Exception {
        String location = create();
        String changed = body(",\"dueOn\":\"2025-06-30\"");
        mvc.perform(put(location).header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.dueOn").value("2025-06-30"));
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body(",\"status\":\"IMPLEMENTED\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    @Test
    void followUpsNeedTheCommitmentsVersionAndTheSecondOnTheSameVersionGets412() throws Exception {
        String location = create();
        String step = """
                {"on":"2025-01-20","status":"IN_PROGRESS","actionTaken":"МВД сообщило о проверке",
                 "evidence":"Письмо МВД России","evidenceSourceKind":"LETTER","evidenceSourceReference":"Вх. № 77"}""";
        mvc.perform(post(location + "/follow-ups").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(step))
                .andExpect(status().isPreconditionRequired());
        String followUp = mvc.perform(post(location + "/follow-ups").header("Authorization", officerToken)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON).content(step))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(location + "/follow-ups/")))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.commitment.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.commitment.lastStepOn").value("2025-01-20"))
                .andExpect(jsonPath("$.followUp.evidence").value("Письмо МВД России"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post(location + "/follow-ups").header("Authorization", officerToken)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content(step.replace("IN_PROGRESS", "WITHDRAWN")))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(location + "/follow-ups").header("Authorization", officerToken)
                        .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                        .content(step.replace("2025-01-20", "2024-12-01")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
        mvc.perform(get(location + "/follow-ups").header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].status").value("IN_PROGRESS"));
        mvc.perform(get(followUp).header("Authorization", analystToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.on").value("2025-01-20"));
        mvc.perform(get(location).header("Authorization", analystToken))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(header().string("ETag", "\"1\""));
    }

    @Test
    void noStepReportedListsSilentCommitmentsPerCounterpart() throws Exception {
        String location = create();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/commitments/no-step-reported").header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/commitments/no-step-reported").param("days", "76")
                        .header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].commitment.madeBy").value(commissioner.toString()))
                .andExpect(jsonPath("$.items[0].commitment.id").value(id))
                .andExpect(jsonPath("$.items[0].daysWithoutStep").value(77))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/commitments/no-step-reported").param("days", "77")
                        .param("madeBy", commissioner.toString()).header("Authorization", analystToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/commitments/no-step-reported").param("days", "-1")
                        .header("Authorization", analystToken))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("days"));
    }

    @Test
    void strangersGet404ReadOnlyRoles403AndNoToken401() throws Exception {
        String location = create();
        mvc.perform(get(location).header("Authorization", strangerToken)).andExpect(status().isNotFound());
        mvc.perform(put(location).header("Authorization", strangerToken).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body(""))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/commitments").header("Authorization", analystToken)
                .contentType(MediaType.APPLICATION_JSON).content(body(""))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/commitments")).andExpect(status().isUnauthorized());
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        // the description is for signed-in users on the postgres profile (issue 9)
        mvc.perform(get("/v3/api-docs").with(authentication(
                        TestUsers.signedIn(users.user(users.institution(), Role.ANALYST)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/commitments'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/commitments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/commitments/{id}'].put").exists())
                .andExpect(jsonPath("$.paths['/api/v1/commitments/{id}/follow-ups'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/commitments/{id}/follow-ups'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/commitments/no-step-reported'].get").exists())
                .andExpect(jsonPath("$.components.schemas.CommitmentDetails.properties.status").doesNotExist());
    }
}
