package org.huquq.people;

import static org.huquq.support.TestUsers.as;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;


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
class DuplicateWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    PersonManagement persons;

    HuquqUser officer;
    PersonView first;
    PersonView second;


    @BeforeEach
    void pair() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
        first = as(officer, () -> persons.register(PersonMother.named("Ҳасанов", "Ҷамшед").born("1988-07-01").build()));
        second = as(officer, () -> persons.register(PersonMother.named("Khasanov", "Dzhamshed").born("1988-07-01").build()));
    }

    @Test
    void officerFindsThePairInTajikMergesItAndUndoesTheMerge() throws Exception {
        mvc.perform(post("/persons/duplicates/detect").with(csrf()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(redirectedUrl("/persons/duplicates"));
        mvc.perform(get("/persons/duplicates").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ҳасанов Ҷамшед")))
                .andExpect(content().string(containsString("Khasanov Dzhamshed")))
                .andExpect(content().string(containsString("номи якхела")));

        mvc.perform(post("/api/v1/persons/" + first.id() + "/merge").with(authentication(TestUsers.signedIn(officer)))
                        .header("If-Match", "\"" + first.version() + "\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mergedId\":\"" + second.id() + "\",\"mergedVersion\":" + second.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.survivor.names.length()").value(2));

        mvc.perform(get("/persons/" + second.id()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"undo-merge\"")));
        String undo = mvc.perform(get("/persons/" + second.id()).with(authentication(TestUsers.signedIn(officer))))
                .andReturn().getResponse().getContentAsString().replaceAll("(?s).*action=\"(/persons/merges/[^\"]+/undo)\".*", "$1");
        mvc.perform(post(undo).with(csrf()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(redirectedUrl("/persons/" + second.id()));
        mvc.perform(get("/api/v1/persons/" + second.id()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(jsonPath("$.mergedInto").doesNotExist())
                .andExpect(jsonPath("$.names[0].fullForm").value("Khasanov Dzhamshed"));
    }

    @Test
    void mergingIntoItselfIsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/persons/" + first.id() + "/merge").with(authentication(TestUsers.signedIn(officer)))
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mergedId\":\"" + first.id() + "\",\"mergedVersion\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mergedId"));
    }
}
