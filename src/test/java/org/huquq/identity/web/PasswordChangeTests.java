package org.huquq.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.Set;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.CreatedUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.NewUser;
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
class PasswordChangeTests {

    private static final String NEW_PASSWORD = "seven tired camels at dawn";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ApiTokens tokens;

    @Test
    void userWithAOneTimePasswordMustChooseANewOneBeforeReachingAnythingElse() throws Exception {
        CreatedUser user = identity.createUser(new NewUser(testUsers.institution(),
                "otp-" + System.nanoTime(), "One-time", null, "en", EnumSet.of(Role.MONITOR), Set.of(), null));
        MockHttpSession session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", user.username())
                .param("password", user.oneTimePassword())).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/tokens").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());

        change(session, user.oneTimePassword(), "too short", "too short")
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"));
        change(session, user.oneTimePassword(), NEW_PASSWORD, NEW_PASSWORD + "!")
                .andExpect(model().attributeHasFieldErrors("form", "confirmation"));
        change(session, user.oneTimePassword(), user.oneTimePassword(), user.oneTimePassword())
                .andExpect(model().attributeHasFieldErrors("form", "newPassword"));
        change(session, "not the password", NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(model().attributeHasFieldErrors("form", "currentPassword"));
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));

        MvcResult changed = change(session, user.oneTimePassword(), NEW_PASSWORD, NEW_PASSWORD)
                .andExpect(redirectedUrl("/")).andReturn();
        mvc.perform(get("/").session((MockHttpSession) changed.getRequest().getSession())).andExpect(status().isOk());

        mvc.perform(post("/login").with(csrf()).param("username", user.username())
                .param("password", user.oneTimePassword())).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void signedInUserChangesTheirPasswordByGivingTheCurrentOne() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        MvcResult changed = mvc.perform(post("/account/password").with(authentication(TestUsers.signedIn(user)))
                        .with(csrf()).param("currentPassword", TestUsers.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account")).andReturn();
        mvc.perform(get("/account").session((MockHttpSession) changed.getRequest().getSession()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(user.username())));
        mvc.perform(post("/login").with(csrf()).param("username", user.username()).param("password", NEW_PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aPasswordChangeEndsTheUsersOtherSessionsAndRevokesTheirTokensWhenAsked() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        ApiTokens.CreatedToken token = TestUsers.as(user, () -> tokens.create(user, "Export", null, false));
        MockHttpSession elsewhere = signIn(user, TestUsers.PASSWORD);
        MockHttpSession here = signIn(user, TestUsers.PASSWORD);
        mvc.perform(get("/account/password").session(here)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"revokeTokens\"")));

        MvcResult changed = mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD).param("revokeTokens", "true"))
                .andExpect(redirectedUrl("/account")).andReturn();
        mvc.perform(get("/").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/").session((MockHttpSession) changed.getRequest().getSession())).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokensSurviveAPasswordChangeUnlessTheUserAsks() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        ApiTokens.CreatedToken token = TestUsers.as(user, () -> tokens.create(user, "Export", null, false));
        mvc.perform(post("/account/password").session(signIn(user, TestUsers.PASSWORD)).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", NEW_PASSWORD)
                        .param("confirmation", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk());
    }

    private MockHttpSession signIn(HuquqUser user, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", user.username())
                .param("password", password)).andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }

    @Test
    void commonPasswordsTheUserNameAndOneRepeatedCharacterAreRefusedWithAFieldErrorInTheUsersLanguage()
            throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        java.util.Map<String, String> refusals = java.util.Map.of(
                "password1234", "Ин парол яке аз паролҳои маъмултарин аст",
                "aaaaaaaaaaaa", "Парол набояд аз як аломати такроршаванда иборат бошад",
                user.username() + "2024!", "Парол набояд аз номи корбари шумо иборат бошад");
        for (var refusal : refusals.entrySet()) {
            mvc.perform(post("/account/password").with(authentication(TestUsers.signedIn(user))).with(csrf())
                            .sessionAttr("huquq.language", "tg").param("currentPassword", TestUsers.PASSWORD)
                            .param("newPassword", refusal.getKey()).param("confirmation", refusal.getKey()))
                    .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "newPassword"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString(refusal.getValue())));
        }
        // nothing changed: the password is still the old one
        mvc.perform(post("/login").with(csrf()).param("username", user.username())
                .param("password", TestUsers.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    private org.springframework.test.web.servlet.ResultActions change(MockHttpSession session, String current,
            String newPassword, String confirmation) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", current)
                .param("newPassword", newPassword).param("confirmation", confirmation));
    }
}
