package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AuditLog audit;

    @Test
    void anonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void correctPasswordSignsInAndChangesTheSessionId() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult result = mvc.perform(post("/login").session(session).with(csrf())
                        .param("username", user.username()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(audit.latest(user.institutionId(), 0, 5))
                .anyMatch(e -> e.action() == AuditAction.LOGIN_SUCCESS && e.actor().equals(user.username()));
    }

    @Test
    void wrongPasswordFailsAndIsAudited() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", "wrong"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audit.latest(user.institutionId(), 0, 5))
                .anyMatch(e -> e.action() == AuditAction.LOGIN_FAILURE && e.actor().equals(user.username()));
    }

    @Test
    void repeatedFailuresPauseTheAccountFromThatAddressWithTheSameAnswerAsAWrongPassword() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        String address = "10.9." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).with(from(address))
                    .param("username", user.username()).param("password", "wrong-" + i))
                    .andExpect(redirectedUrl("/login?error"));
        }
        // the right password is now refused exactly like a wrong one from that address
        mvc.perform(post("/login").with(csrf()).with(from(address))
                        .param("username", user.username()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        // an unknown account name gets the very same answer
        mvc.perform(post("/login").with(csrf()).with(from(address))
                        .param("username", "nobody-" + user.username()).param("password", "x"))
                .andExpect(redirectedUrl("/login?error"));
        // one address cannot lock the user out everywhere (docs/adr/0008)
        mvc.perform(post("/login").with(csrf()).with(from("10.9.255.1"))
                        .param("username", user.username()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"),
                        org.hamcrest.Matchers.containsString("script-src 'self'"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "test-admin-password-1"))
                .andExpect(status().isForbidden());
    }

    @Autowired
    org.huquq.identity.IdentityManagement identity;

    @Autowired
    org.huquq.identity.FourEyes fourEyes;

    MockHttpSession signIn(HuquqUser user) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf())
                        .param("username", user.username()).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    void changeAs(HuquqUser admin, Runnable change) {
        org.springframework.security.core.context.SecurityContextHolder.getContext()
                .setAuthentication(TestUsers.signedIn(admin));
        try {
            change.run();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void anOpenSessionTakesNewRolesAtOnceAndADisabledAccountIsSignedOut() throws Exception {
        java.util.UUID institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser clerk = testUsers.user(institution, Role.REGISTRY_CLERK);
        MockHttpSession session = signIn(clerk);
        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());

        // the institution has no second person: the administrator's grant applies at once (ADR 0011)
        changeAs(admin, () -> fourEyes.requestRole(clerk.userId(), Role.AUDITOR,
                new org.huquq.identity.Reauthentication(TestUsers.PASSWORD, "127.0.0.1")));
        mvc.perform(get("/audit").session(session)).andExpect(status().isOk());

        changeAs(admin, () -> identity.updateUser(institution, clerk.userId(), clerk.accountVersion() + 1,
                new org.huquq.identity.UserChanges(clerk.displayName(), null, "en",
                        java.util.Set.of(Role.REGISTRY_CLERK), java.util.Set.of(), false)));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login"));
    }
}
