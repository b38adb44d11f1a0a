package org.huquq.places;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

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
class PlaceWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    HuquqUser monitor;
    HuquqUser analyst;

    @BeforeEach
    void staff() {
        UUID institution = users.institution();
        monitor = users.user(institution, Role.MONITOR);
        analyst = users.user(institution, Role.ANALYST);
    }

    @Test
    void registeringAPlaceThroughTheFormShowsItsPageInTajik() throws Exception {
        String marker = "Q" + UUID.randomUUID().toString().substring(0, 6);
        String location = mvc.perform(post("/places").with(csrf()).with(authentication(TestUsers.signedIn(monitor)))
                        .param("nameTg", "Маркази " + marker).param("code", marker).param("type", "MIGRATION_DETENTION")
                        .param("authority", "MINISTRY_OF_INTERIOR").param("countryCode", "ru")
                        .param("confidentiality", "INTERNAL"))
                .andExpect(redirectedUrlPattern("/places/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(monitor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Маркази " + marker)))
                .andExpect(content().string(containsString("Маркази нигоҳдории муваққатии шаҳрвандони хориҷӣ")));
    }

    @Test
    void invalidFormShowsFieldErrorsInTheUsersLanguage() throws Exception {
        mvc.perform(post("/places").with(csrf()).with(authentication(TestUsers.signedIn(monitor)))
                        .sessionAttr("huquq.language", "ru")
                        .param("type", "PENAL_COLONY").param("authority", "MINISTRY_OF_JUSTICE")
                        .param("countryCode", "Tajikistan").param("confidentiality", "INTERNAL")
                        .param("latitude", "north"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "countryCode", "latitude"))
                .andExpect(content().string(containsString("Укажите двухбуквенный код страны")));
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
        mvc.perform(get("/places").header("HX-Request", "true").with(authentication(TestUsers.signedIn(monitor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/places").with(authentication(TestUsers.signedIn(monitor))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")));
    }

    @Test
    void readOnlyRolesSeeNoCreateButtonAndCannotPost() throws Exception {
        mvc.perform(get("/places").with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(content().string(not(containsString("id=\"new-place\""))));
        mvc.perform(post("/places").with(csrf()).with(authentication(TestUsers.signedIn(analyst)))
                        .param("nameEn", "X").param("type", "PENAL_COLONY").param("authority", "MINISTRY_OF_JUSTICE")
                        .param("countryCode", "TJ").param("confidentiality", "INTERNAL"))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownPlaceAnswers404() throws Exception {
        mvc.perform(get("/places/" + UUID.randomUUID()).with(authentication(TestUsers.signedIn(monitor))))
                .andExpect(status().isNotFound());
    }
}
