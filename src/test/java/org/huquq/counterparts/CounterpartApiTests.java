package org.huquq.counterparts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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

@SpringBootTest
@AutoConfigureMockMvc
class CounterpartApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    String clerkToken;
    String analystToken;
    String strangerToken;
    String marker;

    @BeforeEach
    void tokens() {
        UUID institution = users.institution();
        clerkToken = tokenFor(users.user(institution, Role.REGISTRY_CLERK));
        analystToken = tokenFor(users.user(institution, Role.ANALYST));
        strangerToken = tokenFor(users.user(users.institution(), Role.HEAD));
        marker = CounterpartMother.marker();
    }

    String tokenFor(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
        try {
            return "Bearer " + tokens.create(user, "test", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String body() {
        return """
                {"kind":"OMBUDSMAN","countryCode":"RU",
                 "nameEn":"High Commissioner for Human Rights %1$s",
                 "nameRu":"Уполномоченный по правам человека %1$s",
                 "nameTg":"Ваколатдор оид ба ҳуқуқи инсон %1$s",
                 "postalAddress":"ул. Мясницкая, д. 47, Москва","website":"https://ombudsmanrf.org",
                 "contacts":[{"name":"Татьяна Москалькова","role":"Уполномоченный"}]}""".formatted(marker);
    }

    String create() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/institutions").header("Authorization", clerkToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/institutions/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("INST-\\d{6}")))
                .andExpect(jsonPath("$.nameTg").value("Ваколатдор оид ба ҳуқуқи инсон " + marker))
                .andExpect(jsonPath("$.active").value(true))
                .andReturn();
        return result.getResponse().getHeader("Location");
    }

    @Test
    void createAnswers201AndEveryoneOfTheInstitutionReadsItWithAnETag() throws Exception {
        String location = create();
        mvc.perform(get(location).header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.contacts[0].name").value("Татьяна Москалькова"))
                // only what a client may send back: the API refuses properties it does not take
                .andExpect(jsonPath("$.contacts[0].blank").doesNotExist());
    }

    @Test
    void withoutATokenTheApiAnswers401() throws Exception {
        mvc.perform(get("/api/v1/institutions")).andExpect(status().isUnauthorized());
    }

    @Test
    void anotherInstitutionGets404() throws Exception {
        String location = create();
        mvc.perform(get(location).header("Authorization", strangerToken)).andExpect(status().isNotFound());
        mvc.perform(put(location).header("Authorization", strangerToken).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).content(body())).andExpect(status().isNotFound());
    }

    @Test
    void readOnlyRolesGet403OnWrite() throws Exception {
        mvc.perform(post("/api/v1/institutions").header("Authorization", analystToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body()))
                .andExpect(status().isForbidden());
    }

    @Test
    void updateNeedsIfMatchAndAStaleVersionGets412() throws Exception {
        String location = create();
        String changed = body().replace("\"OMBUDSMAN\"", "\"OMBUDSMAN\",\"active\":false");
        mvc.perform(put(location).header("Authorization", clerkToken)
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location).header("Authorization", clerkToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(put(location).header("Authorization", clerkToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(location).header("Authorization", clerkToken)).andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void badInputGetsProblemDetailsNamingEachFieldAndSavesNothing() throws Exception {
        long before = total();
        mvc.perform(post("/api/v1/institutions").header("Authorization", clerkToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body().replace("\"RU\"", "\"Russia\"").replace("\"OMBUDSMAN\"", "\"\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("countryCode", "kind")));
        mvc.perform(post("/api/v1/institutions").header("Authorization", clerkToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body().replace("\"OMBUDSMAN\"", "\"SPACE_AGENCY\"")
                                .replace("\"https://ombudsmanrf.org\"", "\"ftp://ombudsmanrf.org\"")
                                .replace("\"role\":\"Уполномоченный\"", "\"email\":\"no-at-sign\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("kind", "website", "contacts[0].email")))
                .andExpect(jsonPath("$.errors[?(@.field == 'website')].message",
                        hasItems("Give a web address such as https://example.org.")));
        mvc.perform(post("/api/v1/institutions").header("Authorization", clerkToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body().replace("\"kind\"", "\"founded\":1990,\"kind\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("founded"));
        assertThat(total()).isEqualTo(before);
    }

    @Test
    void aDuplicateIsRefusedNamingTheReferenceOfTheFirst() throws Exception {
        String location = create();
        String reference = JsonPath.read(mvc.perform(get(location).header("Authorization", clerkToken))
                .andReturn().getResponse().getContentAsString(), "$.reference");
        String sameNames = body().replace("High Commissioner for Human Rights", "HIGH  commissioner, for human rights")
                .replace("Уполномоченный по правам", "УПОЛНОМОЧЕННЫЙ ПО ПРАВАМ");
        mvc.perform(post("/api/v1/institutions").header("Authorization", clerkToken)
                        .contentType(MediaType.APPLICATION_JSON).content(sameNames))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nameEn"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "This institution is already registered as " + reference + " (same kind, country and name)."));
    }

    @Test
    void searchFindsByTajikRussianAndLatinSpellings() throws Exception {
        create();
        for (String q : new String[] { "ҳуқуқи инсон " + marker, "Уполномоченный " + marker,
                "Upolnomochennyi " + marker, "Vakolatdor " + marker }) {
            mvc.perform(get("/api/v1/institutions").param("q", q).header("Authorization", analystToken))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(1));
        }
        mvc.perform(get("/api/v1/institutions").param("q", marker).header("Authorization", strangerToken))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/institutions").param("kind", "OMBUDSMAN").param("country", "RU")
                        .param("active", "true").param("size", "1000").header("Authorization", analystToken))
                .andExpect(jsonPath("$.size").value(100)).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        // the description is for signed-in users on the postgres profile (issue 9)
        mvc.perform(get("/v3/api-docs").with(authentication(
                        TestUsers.signedIn(users.user(users.institution(), Role.ANALYST)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/institutions'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/institutions'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/institutions/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/institutions/{id}'].put").exists())
                .andExpect(jsonPath("$.components.schemas.ContactPerson.properties.name").exists())
                .andExpect(jsonPath("$.components.schemas.ContactPerson.properties.blank").doesNotExist());
    }

    long total() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/institutions").header("Authorization", clerkToken)).andReturn();
        return ((Number) JsonPath.read(result.getResponse().getContentAsString(), "$.total")).longValue();
    }
}
