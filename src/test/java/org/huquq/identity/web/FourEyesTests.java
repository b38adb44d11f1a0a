package org.huquq.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.UUID;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * Senior roles and the passwords of their holders under four eyes (issue 9): an administrator cannot make itself
 * head, create a head, or take over a head's account alone; a second person of the institution approves, each
 * confirming with their own password.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FourEyesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    IdentityManagement identity;

    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorCannotMakeItselfHeadNorCreateAHeadNorGrantAuditorInOneRequest() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        testUsers.user(institution, Role.HEAD);
        HuquqUser monitor = testUsers.user(institution, Role.MONITOR);

        mvc.perform(put("/api/v1/users/" + admin.userId()).with(as(admin)).header("If-Match", etag(admin, admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"Me\",\"language\":\"en\","
                                + "\"roles\":[\"ADMINISTRATOR\",\"HEAD\"],\"enabled\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("roles")));
        mvc.perform(put("/api/v1/users/" + monitor.userId()).with(as(admin)).header("If-Match", etag(admin, monitor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\":\"M\",\"language\":\"en\","
                                + "\"roles\":[\"MONITOR\",\"AUDITOR\"],\"enabled\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("roles")));
        String username = "boss" + System.nanoTime();
        mvc.perform(post("/api/v1/users").with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"displayName\":\"Boss\",\"language\":\"en\","
                                + "\"roles\":[\"HEAD\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("roles")));

        assertThat(roles(institution, admin)).containsExactly(Role.ADMINISTRATOR);
        assertThat(roles(institution, monitor)).containsExactly(Role.MONITOR);
        assertThat(identity.users(institution)).extracting(UserSummary::username).doesNotContain(username);
        // nor on the page, where the error stands beside the roles
        mvc.perform(post("/admin/users/" + admin.userId()).with(as(admin)).with(csrf())
                        .param("version", "" + version(institution, admin)).param("displayName", "Me")
                        .param("language", "en").param("roles", "ADMINISTRATOR", "HEAD").param("enabled", "true"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "roles"));
        assertThat(roles(institution, admin)).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void aSeniorRoleIsGrantedOnlyWhenASecondPersonApprovesWithTheirPassword() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser head = testUsers.user(institution, Role.HEAD);
        HuquqUser monitor = testUsers.user(institution, Role.MONITOR);

        mvc.perform(post("/api/v1/users/" + monitor.userId() + "/senior-roles").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(roleRequest("HEAD", "not my password")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("password")));
        String asked = mvc.perform(post("/api/v1/users/" + monitor.userId() + "/senior-roles").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(roleRequest("HEAD", TestUsers.PASSWORD)))
                .andExpect(status().isAccepted()).andExpect(jsonPath("$.pending").value(true))
                .andReturn().getResponse().getContentAsString();
        String request = JsonPath.read(asked, "$.requestId");
        assertThat(roles(institution, monitor)).containsExactly(Role.MONITOR);

        // the one who asked cannot approve, nor can the one it concerns
        mvc.perform(post("/api/v1/approvals/" + request + "/approve").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation(TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/approvals").with(as(head))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].username").value(monitor.username()))
                .andExpect(jsonPath("$.items[0].role").value("HEAD"))
                .andExpect(jsonPath("$.items[0].mayDecide").value(true));
        mvc.perform(post("/api/v1/approvals/" + request + "/approve").with(as(head))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation("wrong")))
                .andExpect(status().isBadRequest());
        assertThat(roles(institution, monitor)).containsExactly(Role.MONITOR);
        mvc.perform(post("/api/v1/approvals/" + request + "/approve").with(as(head))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation(TestUsers.PASSWORD)))
                .andExpect(status().isOk());
        assertThat(roles(institution, monitor)).containsExactlyInAnyOrder(Role.MONITOR, Role.HEAD);
        mvc.perform(get("/api/v1/approvals").with(as(head))).andExpect(jsonPath("$.items").isEmpty());
        assertThat(audit.latest(institution, 0, 20)).anyMatch(e -> e.actor().equals(admin.username())
                && e.detail().contains("four-eyes GRANT_ROLE HEAD requested"))
                .anyMatch(e -> e.actor().equals(head.username()) && e.detail().contains("approved"));
    }

    @Test
    void aHeadsNewPasswordNeedsASecondPersonAndGoesToThem() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser secondAdmin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser head = testUsers.user(institution, Role.HEAD);

        mvc.perform(post("/admin/users/" + head.userId() + "/password").with(as(admin)).with(csrf())
                        .param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/admin/users/" + head.userId()))
                .andExpect(flash().attribute("notice", "identity.approvals.awaiting"))
                .andExpect(flash().attributeCount(1));
        // the head still signs in with their own password
        mvc.perform(post("/login").with(csrf()).param("username", head.username()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));

        String listed = mvc.perform(get("/approvals").with(as(secondAdmin))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(head.username())))
                .andReturn().getResponse().getContentAsString();
        String request = listed.replaceAll("(?s).*action=\"/approvals/([0-9a-f-]{36})/approve\".*", "$1");
        String password = (String) mvc.perform(post("/approvals/" + request + "/approve").with(as(secondAdmin))
                        .with(csrf()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/approvals")).andReturn().getFlashMap().get("oneTimePassword");
        assertThat(password).hasSizeGreaterThanOrEqualTo(12);
        mvc.perform(post("/login").with(csrf()).param("username", head.username()).param("password", password))
                .andExpect(redirectedUrl("/account/password"));
    }

    @Test
    void anOrdinaryUsersPasswordIsResetAtOnceButOnlyWithTheAdministratorsOwnPassword() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        testUsers.user(institution, Role.HEAD);
        HuquqUser clerk = testUsers.user(institution, Role.REGISTRY_CLERK);
        mvc.perform(post("/api/v1/users/" + clerk.userId() + "/password-reset").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation("")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItem("password")));
        mvc.perform(post("/api/v1/users/" + clerk.userId() + "/password-reset").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation(TestUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pending").value(false))
                .andExpect(jsonPath("$.oneTimePassword").isString());
    }

    @Test
    void anInstitutionWithNoSecondPersonGetsItsFirstHeadFromItsAdministratorAloneAndTheTrailSaysSo()
            throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser officer = testUsers.user(institution, Role.CASE_OFFICER);
        mvc.perform(post("/admin/users/" + officer.userId() + "/senior-roles").with(as(admin)).with(csrf())
                        .param("role", "HEAD").param("password", TestUsers.PASSWORD))
                .andExpect(flash().attribute("notice", "identity.approvals.appliedAlone"));
        assertThat(roles(institution, officer)).containsExactlyInAnyOrder(Role.CASE_OFFICER, Role.HEAD);
        assertThat(audit.latest(institution, 0, 10)).anyMatch(e -> e.detail().contains("applied alone"));

        // now there is a second person: the next grant waits for them
        HuquqUser analyst = testUsers.user(institution, Role.ANALYST);
        mvc.perform(post("/admin/users/" + analyst.userId() + "/senior-roles").with(as(admin)).with(csrf())
                        .param("role", "AUDITOR").param("password", TestUsers.PASSWORD))
                .andExpect(flash().attribute("notice", "identity.approvals.awaiting"));
        assertThat(roles(institution, analyst)).containsExactly(Role.ANALYST);
    }

    @Test
    void aRequestOfAnotherInstitutionDoesNotExistForItsApprovers() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        testUsers.user(institution, Role.HEAD);
        HuquqUser monitor = testUsers.user(institution, Role.MONITOR);
        String asked = mvc.perform(post("/api/v1/users/" + monitor.userId() + "/senior-roles").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content(roleRequest("AUDITOR", TestUsers.PASSWORD)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        String request = JsonPath.read(asked, "$.requestId");
        HuquqUser otherHead = testUsers.user(testUsers.institution(), EnumSet.of(Role.HEAD));
        mvc.perform(post("/api/v1/approvals/" + request + "/approve").with(as(otherHead))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation(TestUsers.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/approvals").with(as(otherHead))).andExpect(jsonPath("$.items").isEmpty());
        assertThat(roles(institution, monitor)).containsExactly(Role.MONITOR);
    }

    @Test
    void wrongConfirmationsPauseTheirAccountButNotTheSignInOfOthersBehindTheSameAddress() throws Exception {
        UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        testUsers.user(institution, Role.HEAD);
        HuquqUser clerk = testUsers.user(institution, Role.REGISTRY_CLERK);
        String office = "10.7." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 25; i++) {
            mvc.perform(post("/api/v1/users/" + clerk.userId() + "/password-reset").with(as(admin)).with(from(office))
                            .contentType(MediaType.APPLICATION_JSON).content(confirmation("guess " + i)))
                    .andExpect(status().isBadRequest());
        }
        // the right password is now refused too: the account from that address is paused
        mvc.perform(post("/api/v1/users/" + clerk.userId() + "/password-reset").with(as(admin)).with(from(office))
                        .contentType(MediaType.APPLICATION_JSON).content(confirmation(TestUsers.PASSWORD)))
                .andExpect(status().isBadRequest());
        // while a colleague behind the same address still signs in
        mvc.perform(post("/login").with(csrf()).with(from(office)).param("username", clerk.username())
                        .param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private String etag(HuquqUser admin, HuquqUser user) throws Exception {
        return mvc.perform(get("/api/v1/users/" + user.userId()).with(as(admin))).andReturn().getResponse()
                .getHeader("ETag");
    }

    private java.util.Set<Role> roles(UUID institution, HuquqUser user) {
        return identity.findUser(institution, user.userId()).orElseThrow().roles();
    }

    private long version(UUID institution, HuquqUser user) {
        return identity.findUser(institution, user.userId()).orElseThrow().version();
    }

    private static String roleRequest(String role, String password) {
        return "{\"role\":\"" + role + "\",\"password\":\"" + password + "\"}";
    }

    private static String confirmation(String password) {
        return "{\"password\":\"" + password + "\"}";
    }

    private static RequestPostProcessor as(HuquqUser user) {
        return authentication(TestUsers.signedIn(user));
    }
}
