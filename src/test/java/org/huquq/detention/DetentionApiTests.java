package org.huquq.detention;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.huquq.support.TestUsers.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class DetentionApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PersonManagement persons;

    @Autowired
    PlaceManagement places;

    String officerToken;
    String analystToken;
    String strangerToken;
    UUID person;
    UUID colony;

    @BeforeEach
    void tokens() {
        clock.today(LocalDate.of(2025, 3, 3));
        UUID institution = users.institution();
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER);
        officerToken = tokenFor(officer);
        analystToken = tokenFor(users.user(institution, Role.ANALYST));
        strangerToken = tokenFor(users.user(users.institution(), Role.HEAD));
        person = as(officer, () -> persons.register(PersonMother.named("Раҳимов", "Ҷамшед").nationality("TJ")
                .build())).id();
        colony = as(officer, () -> places.create(PlaceMother.colony().in("RU").build())).id();
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

    String body(String sentenceStart) {
        return """
                {"personId":"%s","placeId":"%s","from":"2019-12-01","legalStatus":"SENTENCED",
                 "legalBasis":"Ҳукми суди шаҳри Душанбе","sentence":{"court":"Суди шаҳри Душанбе",
                 "judgmentOn":"2020-02-20","finalOn":"2020-03-01",
                 "offences":[{"code":"Criminal Code","article":"art. 244 part 2","country":"TJ"}],
                 "years":5,"months":0,"days":0,"life":false,"startOn":"%s","pretrialCreditDays":60}}"""
                .formatted(person, colony, sentenceStart);
    }

    String create() throws Exception {
        return mvc.perform(post("/api/v1/detentions").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body("2020-03-01")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/detentions/")))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.reference").value(matchesPattern("DET-\\d{6}")))
                .andExpect(jsonPath("$.legalBasis").value("Ҳукми суди шаҳри Душанбе"))
                .andExpect(jsonPath("$.sentence.releaseOn").value("2024-12-31"))
                .andExpect(jsonPath("$.toReview").value(true))
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void aRecordIsCreatedAndReadWithTheTermThatRemainsOnTheDayAsked() throws Exception {
        String location = create();
        mvc.perform(get(location).param("on", "2024-12-01").header("Authorization", officerToken))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.on").value("2024-12-01"))
                .andExpect(jsonPath("$.remainingTerm.totalDays").value(30))
                .andExpect(jsonPath("$.toReview").value(false))
                .andExpect(jsonPath("$.personName").value(containsString("Раҳимов")));
        mvc.perform(get("/api/v1/detentions").param("view", "ABROAD").header("Authorization", officerToken))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].heldAbroad").value(true));
        mvc.perform(get("/api/v1/detentions").param("view", "REVIEW").header("Authorization", analystToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void badInputIsAProblemNamingEveryFieldAndAStaleChangeIsRefused() throws Exception {
        mvc.perform(post("/api/v1/detentions").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body("2020-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(hasItem("sentence.startOn")));
        mvc.perform(get("/api/v1/detentions").param("view", "SOMEWHERE").header("Authorization", officerToken))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String location = create();
        mvc.perform(put(location).header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content(body("2020-03-01")))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("2020-03-02")))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put(location).header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(body("2020-03-03")))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void anotherInstitutionFindsNothing() throws Exception {
        String location = create();
        mvc.perform(get(location).header("Authorization", strangerToken)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/detentions").param("view", "ALL").header("Authorization", strangerToken))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aRequestToGoHomeIsRecordedAndItsStepsChangeItsStatus() throws Exception {
        String location = mvc.perform(post("/api/v1/detainee-requests").header("Authorization", officerToken)
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"personId":"%s","kind":"TRANSFER_HOME","askedOn":"2025-02-10","raisedIn":"VISIT",
                                 "sourceReference":"Visit of 10 February 2025",
                                 "words":"Мехоҳам ба ватан баргардам.","wordsLanguage":"tg"}""".formatted(person)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get("/api/v1/detainee-requests").param("goingHome", "true")
                        .header("Authorization", officerToken))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].words").value("Мехоҳам ба ватан баргардам."));
        mvc.perform(post(location + "/steps").header("Authorization", officerToken).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"on\":\"2025-03-01\",\"status\":\"IN_PROGRESS\",\"note\":\"Dossier asked\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(get(location + "/steps").header("Authorization", officerToken))
                .andExpect(jsonPath("$[0].note").value("Dossier asked"));
        mvc.perform(get(location).header("Authorization", strangerToken)).andExpect(status().isNotFound());
    }
}
