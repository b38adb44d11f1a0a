package org.huquq.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.UserSummary;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AuditLog audit;

    @Test
    void administratorCreatesAUserWhoseOneTimePasswordSignsInToThePasswordChange() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        UUID team = testUsers.team(institution, "Monitoring");
        String username = "new." + System.nanoTime();
        MvcResult created = mvc.perform(post("/admin/users/new").with(as(admin)).with(csrf())
                        .param("username", username).param("displayName", "Nigina Rahimova")
                        .param("email", "nigina@example.org").param("language", "tg")
                        .param("roles", "MONITOR", "CASE_OFFICER").param("teamIds", team.toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String password = (String) created.getFlashMap().get("oneTimePassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);

        UserSummary user = identity.users(institution).stream().filter(u -> u.username().equals(username))
                .findFirst().orElseThrow();
        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/admin/users/" + user.id());
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MONITOR, Role.CASE_OFFICER);
        assertThat(user.teamIds()).containsExactly(team);
        assertThat(audit.latest(institution, 0, 5)).anyMatch(e -> e.action() == AuditAction.CREATE
                && e.actor().equals(admin.username()) && user.id().toString().equals(e.objectId()));
        mvc.perform(get("/admin/users/" + user.id()).with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/users").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(username)));

        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void createFormRejectsATakenUserNameAndAMissingRole() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        mvc.perform(post("/admin/users/new").with(as(admin)).with(csrf()).param("username", admin.username())
                        .param("displayName", "Someone").param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username", "roles"));
    }

    @Test
    void resettingAPasswordHandsOutANewOneTimePassword() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser user = testUsers.user(institution, Role.MONITOR);
        MvcResult reset = mvc.perform(post("/admin/users/" + user.userId() + "/password").with(as(admin)).with(csrf())
                        .param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + user.userId())).andReturn();
        String password = (String) reset.getFlashMap().get("oneTimePassword");
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", password))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void editingWithAStaleVersionShowsTheConflictAndChangesNothing() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser user = testUsers.user(institution, Role.MONITOR);
        long version = identity.findUser(institution, user.userId()).orElseThrow().version();
        mvc.perform(post("/admin/users/" + user.userId()).with(as(admin)).with(csrf()).param("version", "" + version)
                        .param("displayName", "First edit").param("language", "ru").param("roles", "MONITOR")
                        .param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/users/" + user.userId()))
                .andExpect(flash().attribute("notice", "identity.users.saved"));
        mvc.perform(post("/admin/users/" + user.userId()).with(as(admin)).with(csrf()).param("version", "" + version)
                        .param("displayName", "Second edit").param("language", "en").param("roles", "ANALYST"))
                .andExpect(status().isOk()).andExpect(model().attribute("stale", true));
        UserSummary now = identity.findUser(institution, user.userId()).orElseThrow();
        assertThat(now.displayName()).isEqualTo("First edit");
        assertThat(now.roles()).containsExactly(Role.MONITOR);
    }

    @Test
    void institutionAndTeamsAreAdministeredOnTheirPages() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        mvc.perform(post("/admin/teams").with(as(admin)).with(csrf()).param("name", "Border monitoring"))
                .andExpect(redirectedUrl("/admin/teams"));
        mvc.perform(post("/admin/teams").with(as(admin)).with(csrf()).param("name", "border monitoring"))
                .andExpect(model().attributeHasFieldErrors("form", "name"));
        assertThat(identity.teams(institution)).extracting(t -> t.name()).containsExactly("Border monitoring");
        mvc.perform(get("/admin/teams").with(as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/institution").with(as(admin))).andExpect(status().isOk());
        mvc.perform(post("/admin/institution").with(as(admin)).with(csrf()).param("secondFactorRequired", "true"))
                .andExpect(redirectedUrl("/admin/institution"));
        assertThat(identity.secondFactorRequired(institution)).isTrue();
    }

    @Test
    void userWithoutTheAdministratorRoleIsForbiddenUserAdministration() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser head = testUsers.user(institution, Role.HEAD);
        mvc.perform(get("/admin/users").with(as(head))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(as(head))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/institution").with(as(head))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(as(head))).andExpect(status().isForbidden());
    }

    @Test
    void administratorOfAnotherInstitutionFindsNoSuchUser() throws Exception {
        HuquqUser adminA = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        HuquqUser userB = testUsers.user(testUsers.institution(), Role.MONITOR);
        mvc.perform(get("/admin/users/" + userB.userId()).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/" + userB.userId() + "/password").with(as(adminA)).with(csrf())
                        .param("password", TestUsers.PASSWORD))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users/" + userB.userId()).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/users/" + userB.userId()).with(as(adminA)).header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"X\",\"language\":\"en\",\"roles\":[\"MONITOR\"],\"enabled\":true}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/users").with(as(adminA))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem(adminA.username())))
                .andExpect(jsonPath("$.items[?(@.username == '" + userB.username() + "')]").isEmpty());
    }

    @Test
    void apiCreatesAUserWithLocationAndUpdatesOnlyTheCurrentVersion() throws Exception {
        HuquqUser admin = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        String username = "api." + System.nanoTime();
        MvcResult created = mvc.perform(post("/api/v1/users").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"Umed Bobozoda\","
                                + "\"language\":\"tg\",\"roles\":[\"CASE_OFFICER\"]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.oneTimePassword").isString()).andReturn();
        String location = created.getResponse().getHeader("Location");
        assertThat(location).startsWith("/api/v1/users/");

        String etag = mvc.perform(get(location).with(as(admin))).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username)).andReturn().getResponse().getHeader("ETag");
        String body = "{\"displayName\":\"Umed Bobozoda\",\"language\":\"ru\",\"roles\":[\"CASE_OFFICER\",\"MONITOR\"],"
                + "\"enabled\":true}";
        mvc.perform(put(location).with(as(admin)).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.language").value("ru"))
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)));
        mvc.perform(put(location).with(as(admin)).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionFailed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put(location).with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void invalidCreateAnswersProblemDetailsNamingEachField() throws Exception {
        HuquqUser admin = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        mvc.perform(post("/api/v1/users").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"Not Valid!\",\"displayName\":\"\",\"language\":\"fr\",\"roles\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItems("username", "displayName", "language", "roles")));
        mvc.perform(post("/api/v1/users").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + admin.username() + "\",\"displayName\":\"Twin\","
                                + "\"language\":\"en\",\"roles\":[\"MONITOR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("username")))
                .andExpect(jsonPath("$.errors[0].message").value("Your institution already has a user of this name."));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor as(HuquqUser user) {
        Authentication signedIn = TestUsers.signedIn(user);
        return authentication(signedIn);
    }
}
