package org.huquq.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class PlaceApiTests {

    static final String VALID = """
            {"code":"ЯС 3/1","nameEn":"Correctional Colony YAS 3/1","nameRu":"Исправительная колония ЯС 3/1",
             "nameTg":"Муассисаи ислоҳии ЯС 3/1","type":"PENAL_COLONY","authority":"MINISTRY_OF_JUSTICE",
             "countryCode":"TJ","confidentiality":"INTERNAL"}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    String monitorToken;
    String strangerToken;

    @BeforeEach
    void tokens() {
        UUID institution = users.institution();
        monitorToken = tokenFor(users.user(institution, Role.MONITOR));
        strangerToken = tokenFor(users.user(users.institution(), Role.HEAD));
    }

    String tokenFor(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
        try {
            return "Bearer " + tokens.create(user, "test", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String create(String token) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/places").header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.nameTg").value("Муассисаи ислоҳии ЯС 3/1"))
                .andReturn();
        return result.getResponse().getHeader("Location");
    }

    @Test
    void createReturns201WithLocationAndTheRecordCanBeReadBack() throws Exception {
        String location = create(monitorToken);
        mvc.perform(get(location).header("Authorization", monitorToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("ЯС 3/1"));
    }

    @Test
    void withoutTokenTheApiAnswers401ProblemJson() throws Exception {
        mvc.perform(get("/api/v1/places"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/places").header("Authorization", "Bearer hq_forged"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anotherInstitutionGets404ForTheSameRecord() throws Exception {
        String location = create(monitorToken);
        mvc.perform(get(location).header("Authorization", strangerToken)).andExpect(status().isNotFound());
        mvc.perform(put(location).header("Authorization", strangerToken).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(VALID)).andExpect(status().isNotFound());
    }

    @Test
    void updateNeedsIfMatchAndAStaleVersionGets412() throws Exception {
        String location = create(monitorToken);
        String changed = VALID.replace("ЯС 3/1\",\"nameEn", "ЯС 3/2\",\"nameEn");
        mvc.perform(put(location).header("Authorization", monitorToken)
                .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location).header("Authorization", monitorToken).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put(location).header("Authorization", monitorToken).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(location).header("Authorization", monitorToken)).andExpect(jsonPath("$.code").value("ЯС 3/2"));
    }

    @Test
    void invalidInputGetsFieldErrorsAndSavesNothing() throws Exception {
        long before = total();
        mvc.perform(post("/api/v1/places").header("Authorization", monitorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"TJ\"", "\"Tajikistan\"").replace("\"PENAL_COLONY\"", "\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItems("countryCode", "type")));
        mvc.perform(post("/api/v1/places").header("Authorization", monitorToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID.replace("\"MINISTRY_OF_JUSTICE\"", "\"MINISTRY_OF_MAGIC\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authority"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void unknownPropertiesAreRejected() throws Exception {
        mvc.perform(post("/api/v1/places").header("Authorization", monitorToken)
                        .contentType(MediaType.APPLICATION_JSON).content(VALID.replace("{", "{\"prisonerCount\":5,")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("prisonerCount"));
    }

    @Test
    void oversizedBodiesGet413() throws Exception {
        String huge = VALID.replace("\"confidentiality\"", "\"notes\":\"" + "x".repeat(1_100_000) + "\",\"confidentiality\"");
        mvc.perform(post("/api/v1/places").header("Authorization", monitorToken)
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isPayloadTooLarge());
    }

    @Test
    void searchFindsByTajikName() throws Exception {
        create(monitorToken);
        MvcResult result = mvc.perform(get("/api/v1/places").param("q", "ислоҳии").header("Authorization", monitorToken))
                .andExpect(status().isOk()).andReturn();
        Integer total = JsonPath.read(result.getResponse().getContentAsString(), "$.total");
        assertThat(total).isGreaterThanOrEqualTo(1);
    }

    long total() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/places").header("Authorization", monitorToken)).andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.total")).longValue();
    }
}
