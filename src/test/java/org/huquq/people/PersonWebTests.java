package org.huquq.people;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PersonWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    HuquqUser officer;

    @BeforeEach
    void staff() {
        officer = users.user(users.institution(), Role.CASE_OFFICER);
    }

    String registerThroughTheForm() throws Exception {
        return mvc.perform(post("/persons").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .param("family", "Назарова").param("given", "Мавзуна").param("nameLanguage", "tg")
                        .param("sex", "FEMALE").param("birthDate", "2010-05").param("nationalities", "TJ")
                        .param("languages", "tg, ru").param("vulnerabilities", "NEEDS_INTERPRETER")
                        .param("confidentiality", "INTERNAL").param("documentType", "PASSPORT")
                        .param("documentNumber", "A 7654321").param("documentCountry", "TJ")
                        .param("contactRelation", "PARENT").param("contactName", "Назаров Ҷамшед")
                        .param("contactPhone", "+992 93 000 11 22"))
                .andExpect(redirectedUrlPattern("/persons/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void registeringThroughTheFormShowsThePersonWithDerivedVulnerabilityInTajik() throws Exception {
        String location = registerThroughTheForm();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Назарова Мавзуна")))
                .andExpect(content().string(containsString("Кӯдак (то 18 сола)")))
                .andExpect(content().string(containsString("Ба тарҷумон ниёз дорад")))
                .andExpect(content().string(containsString("Назаров Ҷамшед")));
    }

    @Test
    void addingANameOnThePersonPageKeepsTheFirstOne() throws Exception {
        String location = registerThroughTheForm();
        mvc.perform(post(location + "/names").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .param("fullForm", "Nazarova Mavzuna").param("version", "0"))
                .andExpect(redirectedUrlPattern("/persons/*"));
        mvc.perform(get("/persons").param("name", "Nazarova Mavzuna").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(content().string(containsString("Nazarova Mavzuna")))
                .andExpect(content().string(containsString(location.substring(location.lastIndexOf('/') + 1))));
    }

    @Test
    void invalidFormShowsFieldErrorsInRussian() throws Exception {
        mvc.perform(post("/persons").with(csrf()).with(authentication(TestUsers.signedIn(officer)))
                        .sessionAttr("huquq.language", "ru")
                        .param("family", "12345").param("sex", "MALE").param("birthDate", "1990-13")
                        .param("confidentiality", "INTERNAL"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "family", "birthDate"))
                .andExpect(content().string(containsString("Имя должно содержать буквы.")))
                .andExpect(content().string(containsString("Такой даты не бывает.")));
    }

    @Test
    void htmxSearchGetsOnlyTheResults() throws Exception {
        mvc.perform(get("/persons").param("name", "Назарова").header("HX-Request", "true")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }
}
