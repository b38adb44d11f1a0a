package org.huquq.correspondence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
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
class CommunicationApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    PersonManagement persons;

    HuquqUser officer;
    HuquqUser head;
    String officerToken;
    String analystToken;
    String strangerToken;
    CounterpartView commissioner;
    UUID monitoringTeam;

    @BeforeEach
    void tokens() {
        UUID institution = users.institution();
        monitoringTeam = users.team(institution, "Monitoring");
        officer = users.user(institution, Role.CASE_OFFICER);
        head = users.user(institution, Role.HEAD);
        officerToken = tokenFor(officer);
        analystToken = tokenFor(users.user(institution, Role.ANALYST));
        strangerToken = tokenFor(users.user(users.institution(), Role.HEAD));
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build()));
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
                {"kind":"PHONE_CALL","occurredOn":"2024-04-05","occurredTime":"10:30",
                 "counterpartId":"%s",
                 "participants":[{"name":"Умед Бобозода","side":"OURS","role":"Ваколатдор"},
                                 {"name":"Татьяна Москалькова","side":"THEIRS"}],
                 "subject":"Дастрасӣ ба боздоштшудагон","summary":"Сафар натиҷа надод; ғӣқӯҳҷ.",
                 "outcome":"Ба таҳқиқ даъват кард.","language":"tg","confidentiality":"INTERNAL"}"""
                .formatted(commissioner.id());
    }

    String create() throws Exception {
        return mvc.perform(post("/api/v1/communications").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/communications/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("CALL-\\d{6}")))
                .andExpect(jsonPath("$.summary").value("Сафар натиҷа надод; ғӣқӯҳҷ."))
                .andExpect(jsonPath("$.participants[1].side").value("THEIRS"))
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void createAnswers201WithLocationAndTheInstitutionReadsItWithAnETag() throws Exception {
        String location = create();
        mvc.perform(get(location).header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.occurredOn").value("2024-04-05"))
                .andExpect(jsonPath("$.occurredTime").value("10:30:00"))
                .andExpect(jsonPath("$.counterpartId").value(commissioner.id().toString()))
                .andExpect(jsonPath("$.participants[0].name").value("Умед Бобозода"))
                .andExpect(jsonPath("$.participants[0].blank").doesNotExist());
        mvc.perform(get(location).header("Authorization", strangerToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/communications/" + UUID.randomUUID())).andExpect(status().isUnauthorized());
    }

    @Test
    void updateNeedsIfMatchAndAStaleVersionGets412() throws Exception {
        String location = create();
        String changed = body().replace("\"PHONE_CALL\"", "\"VIDEO_CALL\"");
        mvc.perform(put(location).header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isPreconditionRequired())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.kind").value("VIDEO_CALL"));
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get(location).header("Authorization", officerToken)).andExpect(jsonPath("$.kind").value("VIDEO_CALL"));
        mvc.perform(put(location).header("Authorization", strangerToken).header("If-Match", "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).content(body())).andExpect(status().isNotFound());
    }

    @Test
    void badInputGetsProblemDetailsNamingEachFieldAndSavesNothing() throws Exception {
        mvc.perform(post("/api/v1/communications").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body().replace("\"PHONE_CALL\"", "\"\"").replace("\"2024-04-05\"", "null")
                                .replace("\"tg\"", "\"Tajik\"")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("kind", "occurredOn", "language")));
        mvc.perform(post("/api/v1/communications").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body().replace("\"PHONE_CALL\"", "\"SMOKE_SIGNAL\"")
                                .replace("\"2024-04-05\"", "\"2999-01-01\"")
                                .replace("\"confidentiality\"", "\"personIds\":[\"%s\"],\"confidentiality\""
                                        .formatted(strictPerson()))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("kind", "occurredOn", "personIds[0]")))
                .andExpect(jsonPath("$.errors[?(@.field == 'personIds[0]')].message",
                        hasItems("Not found: there is no such record that you may see.")));
        mvc.perform(post("/api/v1/communications").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body().replace("\"kind\"", "\"duration\":15,\"kind\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duration"));
        mvc.perform(get("/api/v1/communications").param("counterpart", commissioner.id().toString())
                        .header("Authorization", officerToken))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void readOnlyRolesGet403OnWrite() throws Exception {
        mvc.perform(post("/api/v1/communications").header("Authorization", analystToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theListFiltersByCounterpartKindAndDatesAndBoundsItsPages() throws Exception {
        String location = create();
        String id = location.substring(location.lastIndexOf('/') + 1);
        mvc.perform(get("/api/v1/communications").param("counterpart", commissioner.id().toString())
                        .param("kind", "PHONE_CALL").param("from", "2024-04-05").param("to", "2024-04-05")
                        .param("size", "1000").header("Authorization", analystToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].counterpartReference").value(commissioner.reference()))
                .andExpect(jsonPath("$.size").value(100))
                .andExpect(jsonPath("$.page").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andExpect(jsonPath("$.next").value(org.hamcrest.Matchers.nullValue()));
        for (String[] filter : List.of(new String[] { "kind", "MEETING" }, new String[] { "from", "2024-04-06" },
                new String[] { "to", "2024-04-04" }, new String[] { "counterpart", UUID.randomUUID().toString() })) {
            mvc.perform(get("/api/v1/communications").param(filter[0], filter[1])
                            .header("Authorization", analystToken))
                    .andExpect(jsonPath("$.items").isEmpty());
        }
        mvc.perform(get("/api/v1/communications").header("Authorization", strangerToken))
                .andExpect(jsonPath("$.items").isEmpty());
        mvc.perform(get("/api/v1/communications").param("from", "April").header("Authorization", analystToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theApiIsDescribedInOpenApi() throws Exception {
        // the description is for signed-in users on the postgres profile (issue 9)
        mvc.perform(get("/v3/api-docs").with(authentication(
                        TestUsers.signedIn(users.user(users.institution(), Role.ANALYST)))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/communications'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communications'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communications/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/communications/{id}'].put").exists());
    }

    /** A strictly confidential person of a team the officer is not in. */
    UUID strictPerson() {
        return as(head, () -> persons.register(PersonMother.named("Давлатов", "Сино")
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoringTeam).build())).id();
    }
}
