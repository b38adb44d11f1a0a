package org.huquq.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

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
class SecondFactorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AuditLog audit;

    @Test
    void userWithSecondFactorSignsInOnlyWithAValidCodeAndGetsANewSessionId() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        Enrolled enrolled = enrol(user);

        MockHttpSession session = new MockHttpSession();
        signInWithPassword(user, session).andExpect(redirectedUrl("/login/second-factor"));
        // the password alone opens nothing but the second-factor page
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(get("/login/second-factor").session(session)).andExpect(status().isOk());

        mvc.perform(post("/login/second-factor").session(session).with(csrf())
                        .param("code", TotpCodes.expired(enrolled.secret())))
                .andExpect(redirectedUrl("/login/second-factor?error"));
        assertThat(audit.latest(user.institutionId(), 0, 5)).anyMatch(
                e -> e.action() == AuditAction.SECOND_FACTOR_FAILURE && e.actor().equals(user.username()));

        String before = session.getId();
        MvcResult result = mvc.perform(post("/login/second-factor").session(session).with(csrf())
                        .param("code", TotpCodes.now(enrolled.secret())))
                .andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession signedIn = (MockHttpSession) result.getRequest().getSession();
        assertThat(signedIn.getId()).isNotEqualTo(before);
        mvc.perform(get("/").session(signedIn)).andExpect(status().isOk());
    }

    @Test
    void aCodeThatSignedInOnceCannotSignInAgain() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        Enrolled enrolled = enrol(user);
        String code = TotpCodes.now(enrolled.secret());
        MockHttpSession first = new MockHttpSession();
        signInWithPassword(user, first).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").session(first).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/"));
        MockHttpSession replay = new MockHttpSession();
        signInWithPassword(user, replay).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").session(replay).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/login/second-factor?error"));
    }

    @Test
    void recoveryCodeReplacesTheAppOnlyOnce() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        Enrolled enrolled = enrol(user);
        assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        String code = enrolled.recoveryCodes().get(3);

        MockHttpSession first = new MockHttpSession();
        signInWithPassword(user, first).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").session(first).with(csrf()).param("code", code.toUpperCase()))
                .andExpect(redirectedUrl("/"));

        MockHttpSession second = new MockHttpSession();
        signInWithPassword(user, second).andExpect(redirectedUrl("/login/second-factor"));
        mvc.perform(post("/login/second-factor").session(second).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/login/second-factor?error"));
    }

    @Test
    void repeatedWrongCodesLockTheAccountEvenForTheRightCode() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        Enrolled enrolled = enrol(user);
        MockHttpSession session = new MockHttpSession();
        signInWithPassword(user, session).andExpect(redirectedUrl("/login/second-factor"));
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login/second-factor").session(session).with(csrf())
                            .param("code", TotpCodes.expired(enrolled.secret())))
                    .andExpect(redirectedUrl("/login/second-factor?error"));
        }
        mvc.perform(post("/login/second-factor").session(session).with(csrf())
                        .param("code", TotpCodes.now(enrolled.secret())))
                .andExpect(redirectedUrl("/login/second-factor?error"));
    }

    @Test
    void secondFactorPageIsClosedToVisitorsWithoutAPendingSignIn() throws Exception {
        mvc.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/login/second-factor").with(csrf()).param("code", "123456"))
                .andExpect(redirectedUrl("/login"));
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        mvc.perform(get("/login/second-factor").with(authentication(TestUsers.signedIn(user))))
                .andExpect(status().isForbidden());
    }

    @Test
    void mandatorySecondFactorSendsAUserWithoutOneToEnrolmentFirst() throws Exception {
        var institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser user = testUsers.user(institution, Role.CASE_OFFICER);
        mvc.perform(post("/admin/institution").with(authentication(TestUsers.signedIn(admin))).with(csrf())
                .param("secondFactorRequired", "true")).andExpect(redirectedUrl("/admin/institution"));

        MockHttpSession session = new MockHttpSession();
        signInWithPassword(user, session).andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/account/second-factor"));
        mvc.perform(get("/account/second-factor").session(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data:image/png;base64,")));
        String secret = (String) session.getAttribute(SecondFactorController.PROPOSED_SECRET);

        mvc.perform(post("/account/second-factor").session(session).with(csrf())
                .param("code", TotpCodes.expired(secret))).andExpect(redirectedUrl("/account/second-factor?invalid"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/second-factor"));

        MvcResult enrolled = mvc.perform(post("/account/second-factor").session(session).with(csrf())
                .param("code", TotpCodes.now(secret))).andExpect(redirectedUrl("/account/second-factor")).andReturn();
        assertThat((List<?>) enrolled.getFlashMap().get("recoveryCodes")).hasSize(10);
        MockHttpSession signedIn = (MockHttpSession) enrolled.getRequest().getSession();
        mvc.perform(get("/").session(signedIn)).andExpect(status().isOk());
    }

    @Test
    void disablingTheSecondFactorNeedsAValidCode() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        Enrolled enrolled = enrol(user);
        mvc.perform(get("/account/second-factor").with(authentication(TestUsers.signedIn(user))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString(": 10")));
        mvc.perform(post("/account/second-factor/disable").with(authentication(TestUsers.signedIn(user))).with(csrf())
                .param("code", TotpCodes.expired(enrolled.secret())))
                .andExpect(redirectedUrl("/account/second-factor?refused"));
        mvc.perform(post("/account/second-factor/disable").with(authentication(TestUsers.signedIn(user))).with(csrf())
                .param("code", TotpCodes.now(enrolled.secret())))
                .andExpect(redirectedUrl("/account/second-factor?disabled"));
        signInWithPassword(user, new MockHttpSession()).andExpect(redirectedUrl("/"));
    }

    @Test
    void turningTheSecondFactorOffIsThrottledLikeSignIn() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        Enrolled enrolled = enrol(user);
        String address = "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/account/second-factor/disable").with(authentication(TestUsers.signedIn(user)))
                            .with(csrf()).with(from(address)).param("code", String.format("%06d", i)))
                    .andExpect(redirectedUrl("/account/second-factor?refused"));
        }
        // the next try is not even checked: the right code is refused too, and the second factor stays on
        mvc.perform(post("/account/second-factor/disable").with(authentication(TestUsers.signedIn(user))).with(csrf())
                        .with(from(address)).param("code", TotpCodes.now(enrolled.secret())))
                .andExpect(redirectedUrl("/account/second-factor?refused"));
        signInWithPassword(user, new MockHttpSession()).andExpect(redirectedUrl("/login/second-factor"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    record Enrolled(String secret, List<String> recoveryCodes) {
    }

    /** Enrols the user through the page, as a fully signed-in session would. */
    @SuppressWarnings("unchecked")
    private Enrolled enrol(HuquqUser user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/account/second-factor").session(session).with(authentication(TestUsers.signedIn(user))))
                .andExpect(status().isOk());
        String secret = (String) session.getAttribute(SecondFactorController.PROPOSED_SECRET);
        MvcResult result = mvc.perform(post("/account/second-factor").session(session).with(csrf())
                        .with(authentication(TestUsers.signedIn(user))).param("code", TotpCodes.now(secret)))
                .andExpect(redirectedUrl("/account/second-factor")).andReturn();
        return new Enrolled(secret, (List<String>) result.getFlashMap().get("recoveryCodes"));
    }

    private org.springframework.test.web.servlet.ResultActions signInWithPassword(HuquqUser user,
            MockHttpSession session) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", user.username())
                .param("password", TestUsers.PASSWORD));
    }
}
