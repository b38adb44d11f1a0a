package org.huquq.people;

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

@SpringBootTest
@AutoConfigureMockMvc
class PersonApiTests {

    static final String PERSON = """
            {"details":{"sex":"MALE","birthDate":"1991-03","nationalities":["TJ"],"languages":["tg","ru"],
                        "confidentiality":"INTERNAL"},
             "names":[{"family":"Раҳимов","given":"Фаррух","language":"tg"},
                      {"fullForm":"Rakhimov Farrukh","language":"en","source":"passport"}],
             "documents":[{"type":"PASSPORT","number":"400 123 456","issuingCountry":"TJ"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    HuquqUser officer;
    HuquqUser stranger;

    @BeforeEach
    void staff() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
        stranger = users.user(users.institution(), Role.HEAD);
    }

    String register() throws Exception {
        return mvc.perform(post("/api/v1/persons").with(authentication(TestUsers.signedIn(officer)))
                        .contentType(MediaType.APPLICATION_JSON).content(PERSON))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.names[0].fullForm").value("Раҳимов Фаррух"))
                .andExpect(jsonPath("$.names[1].script").value("LATIN"))
                .andExpect(jsonPath("$.documents[0].normalizedNumber").value("400123456"))
                .andExpect(jsonPath("$.birthDate").value("1991-03"))
                .andReturn().getResponse().getHeader("Location");
    }

    @Test
    void registeredPersonIsFoundByAnotherSpellingWithTheMatchedVariant() throws Exception {
        String location = register();
        mvc.perform(get("/api/v1/persons").param("name", "Рахимов Фаррух")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(location.substring(location.lastIndexOf('/') + 1)))
                .andExpect(jsonPath("$.items[0].matchedName").value("Раҳимов Фаррух"));
        mvc.perform(get(location).with(authentication(TestUsers.signedIn(stranger)))).andExpect(status().isNotFound());
    }

    @Test
    void addingANameNeedsTheCurrentVersion() throws Exception {
        String location = register();
        String name = "{\"fullForm\":\"Рахимов Фаррух Шералиевич\",\"language\":\"ru\"}";
        mvc.perform(post(location + "/names").with(authentication(TestUsers.signedIn(officer)))
                .contentType(MediaType.APPLICATION_JSON).content(name)).andExpect(status().isPreconditionRequired());
        mvc.perform(post(location + "/names").with(authentication(TestUsers.signedIn(officer))).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON).content(name))
                .andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.names.length()").value(3));
        mvc.perform(put(location).with(authentication(TestUsers.signedIn(officer))).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sex\":\"MALE\",\"confidentiality\":\"INTERNAL\"}"))
                .andExpect(status().isPreconditionFailed());
    }

    @Test
    void badInputIsAProblemNamingEveryField() throws Exception {
        String bad = PERSON.replace("\"1991-03\"", "\"2031-02-30\"").replace("\"Раҳимов\"", "\"!!!\"")
                .replace("\"400 123 456\"", "\"#\"");
        mvc.perform(post("/api/v1/persons").with(authentication(TestUsers.signedIn(officer)))
                        .contentType(MediaType.APPLICATION_JSON).content(bad))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field",
                        hasItems("details.birthDate", "names[0].family", "documents[0].number")));
        mvc.perform(post("/api/v1/persons").with(authentication(TestUsers.signedIn(officer)))
                        .contentType(MediaType.APPLICATION_JSON).content(PERSON.replace("\"sex\"", "\"gender\"")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("details.gender"));
        mvc.perform(post("/api/v1/persons").with(authentication(TestUsers.signedIn(officer)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(PERSON.replace("\"Фаррух\"", "\"" + "Ф".repeat(201) + "\"")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void analystsGetNoIdentities() throws Exception {
        register();
        HuquqUser analyst = users.user(officer.institutionId(), Role.ANALYST);
        mvc.perform(get("/api/v1/persons").param("name", "Rakhimov").with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void unknownPersonIs404() throws Exception {
        mvc.perform(get("/api/v1/persons/" + UUID.randomUUID()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isNotFound());
    }
}
