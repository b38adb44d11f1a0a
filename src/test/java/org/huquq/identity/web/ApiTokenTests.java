package org.huquq.identity.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

@SpringBootTest
@AutoConfigureMockMvc
class ApiTokenTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Test
    void tokenCreatedOnThePageActsAsItsUserUntilRevoked() throws Exception {
        HuquqUser admin = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        ApiTokens.CreatedToken token = (ApiTokens.CreatedToken) mvc.perform(post("/account/tokens")
                        .with(authentication(TestUsers.signedIn(admin))).with(csrf())
                        .param("name", "Case import script").param("expiresOn", "2999-12-31"))
                .andExpect(redirectedUrl("/account/tokens")).andReturn().getFlashMap().get("createdToken");

        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[*].username", hasItem(admin.username())));
        mvc.perform(get("/account/tokens").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Case import script")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3000-01-01 00:00")));

        mvc.perform(post("/account/tokens/" + token.id() + "/revoke").with(authentication(TestUsers.signedIn(admin)))
                .with(csrf())).andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/v1/users").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void tokenFormNeedsANameAndAFutureDate() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        mvc.perform(post("/account/tokens").with(authentication(TestUsers.signedIn(user))).with(csrf())
                        .param("name", " ").param("expiresOn", "2001-01-01"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "name", "expiresOn"));
    }

    @Test
    void apiCreatesListsAndRevokesOnlyTheCallersOwnTokens() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        HuquqUser other = testUsers.user(testUsers.institution(), Role.MONITOR);
        String created = mvc.perform(post("/api/v1/tokens").with(authentication(TestUsers.signedIn(user)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Reporting\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.secret").isString())
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(created, "$.id");
        String secret = JsonPath.read(created, "$.secret");

        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].name").value("Reporting"))
                .andExpect(jsonPath("$.items[0].secret").doesNotExist()).andExpect(jsonPath("$.total").value(1));
        mvc.perform(delete("/api/v1/tokens/" + id).with(authentication(TestUsers.signedIn(other))))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens").with(authentication(TestUsers.signedIn(user)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void aTokenCannotCreateTokens() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        ApiTokens.CreatedToken token = createOnThePage(user, "Script", false);
        mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token.secret())
                        .sessionAttr("huquq.language", "tg")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Another\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("/account/tokens")));
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token.secret()))
                .andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void aReadOnlyTokenReadsButChangesNothing() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        ApiTokens.CreatedToken token = createOnThePage(user, "Dashboard", true);
        mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].readOnly").value(true));
        mvc.perform(post("/api/v1/places").header("Authorization", "Bearer " + token.secret())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("read")));
        mvc.perform(delete("/api/v1/tokens/" + token.id()).header("Authorization", "Bearer " + token.secret()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/account/tokens").with(authentication(TestUsers.signedIn(user)))
                        .sessionAttr("huquq.language", "ru"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Только чтение")));
    }

    @Test
    void aTokenExpiresAfterNinetyDaysUnlessAnotherDayIsChosen() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        String inNinetyDays = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(90).toString();
        mvc.perform(get("/account/tokens").with(authentication(TestUsers.signedIn(user))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + inNinetyDays + "\"")));
        mvc.perform(post("/api/v1/tokens").with(authentication(TestUsers.signedIn(user)))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Nightly\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.readOnly").value(false))
                .andExpect(jsonPath("$.expiresAt").value(org.hamcrest.Matchers.startsWith(
                        java.time.LocalDate.parse(inNinetyDays).plusDays(1).toString())));
    }

    private ApiTokens.CreatedToken createOnThePage(HuquqUser user, String name, boolean readOnly) throws Exception {
        return (ApiTokens.CreatedToken) mvc.perform(post("/account/tokens")
                        .with(authentication(TestUsers.signedIn(user))).with(csrf()).param("name", name)
                        .param("expiresOn", java.time.LocalDate.now().plusDays(30).toString())
                        .param("readOnly", String.valueOf(readOnly)))
                .andExpect(redirectedUrl("/account/tokens")).andReturn().getFlashMap().get("createdToken");
    }
}
