package org.huquq.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * User names belong to their institution (issue 9): "taken" tells an administrator nothing about another
 * institution's staff, and a name used in two institutions signs in as name@institution-code.
 */
@SpringBootTest
@AutoConfigureMockMvc
class UsernamesPerInstitutionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    IdentityManagement identity;

    @Test
    void aNameTakenInAnotherInstitutionIsFreeHereAndEachSignsInWithTheirInstitutionsCode() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String codeA = "test-a-" + suffix;
        String codeB = "test-b-" + suffix;
        UUID a = identity.createInstitution(codeA, "Office A", "TJ", "en");
        UUID b = identity.createInstitution(codeB, "Office B", "RU", "ru");
        HuquqUser adminA = testUsers.user(a, Role.ADMINISTRATOR);
        HuquqUser adminB = testUsers.user(b, Role.ADMINISTRATOR);
        String name = "ivan." + suffix;

        String passwordA = JsonPath.read(create(adminA, name).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.oneTimePassword");
        // B's administrator learns nothing of A's staff: the name is free in B
        String passwordB = JsonPath.read(create(adminB, name).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(), "$.oneTimePassword");
        // and taken, within B, the second time
        create(adminB, name).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));

        // the name alone names no one; with the institution's code each signs in (to the password change first)
        mvc.perform(post("/login").with(csrf()).with(ownAddress)
                        .param("username", name).param("password", passwordA))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).with(ownAddress)
                        .param("username", name + "@" + codeA).param("password", passwordA))
                .andExpect(redirectedUrl("/account/password"));
        mvc.perform(post("/login").with(csrf()).with(ownAddress)
                        .param("username", name + "@" + codeB).param("password", passwordB))
                .andExpect(redirectedUrl("/account/password"));
        // one institution's password does not open the other's account
        mvc.perform(post("/login").with(csrf()).with(ownAddress)
                        .param("username", name + "@" + codeB).param("password", passwordA))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aNameNoOtherInstitutionUsesSignsInAloneOrWithItsCode() throws Exception {
        String code = "test-c-" + UUID.randomUUID().toString().substring(0, 8);
        HuquqUser user = testUsers.user(identity.createInstitution(code, "Office C", "TJ", "en"), Role.MONITOR);
        mvc.perform(get("/account").session(signIn(user.username()))).andExpect(status().isOk());
        mvc.perform(get("/account").session(signIn(user.username() + "@" + code))).andExpect(status().isOk());
    }

    /** Failed sign-ins from an address of this test's own, which they count against, not the suite's 127.0.0.1. */
    private final RequestPostProcessor ownAddress = request -> {
        request.setRemoteAddr("10.8." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250));
        return request;
    };

    private ResultActions create(HuquqUser admin, String name) throws Exception {
        return mvc.perform(post("/api/v1/users").with(authentication(TestUsers.signedIn(admin)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"" + name
                        + "\",\"displayName\":\"Ivan\",\"language\":\"en\",\"roles\":[\"MONITOR\"]}"));
    }

    private MockHttpSession signIn(String signInName) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).with(ownAddress)
                        .param("username", signInName)
                        .param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession();
    }
}
