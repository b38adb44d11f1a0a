package org.huquq.counterparts;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.assertj.core.api.Assertions;
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
class CounterpartWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    HuquqUser clerk;
    HuquqUser analyst;

    @BeforeEach
    void staff() {
        UUID institution = users.institution();
        clerk = users.user(institution, Role.REGISTRY_CLERK);
        analyst = users.user(institution, Role.ANALYST);
    }

    @Test
    void registeringThroughTheFormShowsThePageWithItsPartsAndHistoryInTajik() throws Exception {
        String marker = CounterpartMother.marker();
        CounterpartView ministry = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        String location = mvc.perform(post("/institutions").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("kind", "MINISTRY").param("countryCode", "ru")
                        .param("nameTg", "Сарраёсати муҳоҷират " + marker)
                        .param("parentQuery", ministry.reference().toLowerCase())
                        .param("contacts[0].name", "Иванов Пётр").param("contacts[0].role", "Начальник отдела")
                        .param("contacts[1].name", "").param("active", "true"))
                .andExpect(redirectedUrlPattern("/institutions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сарраёсати муҳоҷират " + marker)))
                .andExpect(content().string(containsString("Вазорат ё идораи давлатӣ")))
                .andExpect(content().string(containsString("Иванов Пётр")))
                .andExpect(content().string(containsString(ministry.reference())))
                .andExpect(content().string(containsString("Сабт шуд")))
                .andExpect(content().string(not(containsString("id=\"edit-institution\""))));
        mvc.perform(get("/institutions/" + ministry.id()).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString("Сарраёсати муҳоҷират " + marker)))
                .andExpect(content().string(containsString("id=\"edit-institution\"")));
    }

    @Test
    void invalidFormShowsFieldErrorsInTheUsersLanguageAndSavesNothing() throws Exception {
        long before = as(clerk, () -> counterparts.find(CounterpartFilter.none(), null, 1)).total();
        mvc.perform(post("/institutions").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .sessionAttr("huquq.language", "ru")
                        .param("kind", "MINISTRY").param("countryCode", "XX").param("nameEn", "12345")
                        .param("email", "nobody").param("parentQuery", "INST-999999")
                        .param("contacts[0].phone", "phone"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "countryCode", "nameEn", "email",
                        "parentQuery", "contacts[0].phone"))
                .andExpect(content().string(containsString("Выберите страну из списка")))
                .andExpect(content().string(containsString("Ничего подходящего, доступного вам, не найдено.")))
                .andExpect(content().string(containsString("value=\"INST-999999\"")));
        Assertions.assertThat(as(clerk, () -> counterparts.find(CounterpartFilter.none(), null, 1)).total())
                .isEqualTo(before);
    }

    @Test
    void theParentNamedInRussianOnTheTajikFormIsTakenAndShownPickedWhenEditing() throws Exception {
        CounterpartView ministry = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        String marker = CounterpartMother.marker();
        String location = mvc.perform(post("/institutions").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .sessionAttr("huquq.language", "tg")
                        .param("kind", "MINISTRY").param("countryCode", "RU")
                        .param("nameTg", "Раёсати шиносномаҳо " + marker)
                        .param("parentQuery", ministry.nameRu()).param("active", "true"))
                .andExpect(redirectedUrlPattern("/institutions/*"))
                .andReturn().getResponse().getRedirectedUrl();
        UUID created = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Assertions.assertThat(as(clerk, () -> counterparts.get(created)).parentId()).isEqualTo(ministry.id());
        mvc.perform(get(location + "/edit").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"parentId\" value=\"" + ministry.id() + "\" checked")))
                .andExpect(content().string(containsString(ministry.nameTg() + " (" + ministry.reference() + ")")))
                .andExpect(content().string(containsString("Ҳеҷ")));
        // "none" unlinks the parent
        CounterpartView child = as(clerk, () -> counterparts.get(created));
        mvc.perform(post(location).with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("kind", "MINISTRY").param("countryCode", "RU").param("nameTg", child.nameTg())
                        .param("parentId", "").param("active", "true").param("version", String.valueOf(child.version())))
                .andExpect(redirectedUrlPattern("/institutions/*"));
        Assertions.assertThat(as(clerk, () -> counterparts.get(created)).parentId()).isNull();
    }

    @Test
    void aParentNameThatFitsSeveralOffersThemToChooseAndFindSavesNothing() throws Exception {
        String shared = CounterpartMother.marker();
        CounterpartView east = as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .named("Prosecutor's Office " + shared + " East", null, null).build()));
        CounterpartView west = as(clerk, () -> counterparts.create(CounterpartMother.ministry()
                .named("Prosecutor's Office " + shared + " West", null, null).build()));
        long before = as(clerk, () -> counterparts.find(CounterpartFilter.none(), null, 1)).total();
        mvc.perform(post("/institutions").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("kind", "MINISTRY").param("countryCode", "RU").param("nameEn", "Department " + shared)
                        .param("parentQuery", shared))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "parentQuery"))
                .andExpect(content().string(containsString("Several records match: tick the one you mean.")))
                .andExpect(content().string(containsString("name=\"parentId\" value=\"" + east.id() + "\">")))
                .andExpect(content().string(containsString("name=\"parentId\" value=\"" + west.id() + "\">")));
        mvc.perform(post("/institutions").with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("find", "parentId").param("parentQuery", shared + " West")
                        .param("nameEn", "Department " + shared))
                .andExpect(status().isOk())
                .andExpect(model().hasNoErrors())
                .andExpect(content().string(containsString("name=\"parentId\" value=\"" + west.id() + "\">")))
                .andExpect(content().string(not(containsString("value=\"" + east.id() + "\""))))
                .andExpect(content().string(containsString("value=\"Department " + shared + "\"")));
        Assertions.assertThat(as(clerk, () -> counterparts.find(CounterpartFilter.none(), null, 1)).total())
                .isEqualTo(before);
    }

    @Test
    void editingWithAStaleVersionAsksToReload() throws Exception {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        as(clerk, () -> counterparts.update(created.id(), created.version(),
                CounterpartMother.ministry().notes("changed by a colleague").build()));
        mvc.perform(get("/institutions/" + created.id() + "/edit").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"contacts[1].name\"")));
        mvc.perform(post("/institutions/" + created.id()).with(csrf()).with(authentication(TestUsers.signedIn(clerk)))
                        .param("kind", "MINISTRY").param("countryCode", "RU").param("nameEn", created.nameEn())
                        .param("version", String.valueOf(created.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record")));
    }

    @Test
    void htmxRequestGetsOnlyTheResultsFragment() throws Exception {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        mvc.perform(get("/institutions").param("q", created.nameRu()).header("HX-Request", "true")
                        .with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(containsString(created.reference())))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/institutions").with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("href=\"/institutions\"")));
    }

    @Test
    void readOnlyRolesSeeNoCreateButtonAndCannotPost() throws Exception {
        mvc.perform(get("/institutions").with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(content().string(not(containsString("id=\"new-institution\""))));
        mvc.perform(get("/institutions/new").with(authentication(TestUsers.signedIn(analyst))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/institutions").with(csrf()).with(authentication(TestUsers.signedIn(analyst)))
                        .param("kind", "MINISTRY").param("countryCode", "RU").param("nameEn", "X ministry"))
                .andExpect(status().isForbidden());
    }

    @Test
    void postingWithoutCsrfIsRefused() throws Exception {
        mvc.perform(post("/institutions").with(authentication(TestUsers.signedIn(clerk)))
                        .param("kind", "MINISTRY").param("countryCode", "RU").param("nameEn", "X ministry"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherInstitutionsCounterpartAnswers404() throws Exception {
        CounterpartView created = as(clerk, () -> counterparts.create(CounterpartMother.ministry().build()));
        HuquqUser stranger = users.user(users.institution(), Role.HEAD);
        mvc.perform(get("/institutions/" + created.id()).with(authentication(TestUsers.signedIn(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/institutions/" + created.id() + "/edit").with(authentication(TestUsers.signedIn(stranger))))
                .andExpect(status().isNotFound());
    }
}
