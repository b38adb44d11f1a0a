package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** {@code ?lang=tg} on any page switches the language as the language buttons do, and it is remembered the same way. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageParameterTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    IdentityManagement identity;

    HuquqUser clerk;

    @BeforeEach
    void clerk() {
        clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
    }

    @Test
    void langInTheAddressSwitchesThePageAndIsRememberedForTheSessionTheBrowserAndTheUser() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/letters").param("lang", "tg").session(session)
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"tg\"")))
                .andExpect(content().string(containsString(">Шахсон</a>")))
                .andExpect(cookie().value(UserLocaleResolver.COOKIE, "tg"));

        mvc.perform(get("/persons").session(session).with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString("<html lang=\"tg\"")));
        assertThat(identity.language(clerk.userId())).contains("tg");

        mvc.perform(get("/persons").param("lang", "ru").session(session)
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString("<html lang=\"ru\"")))
                .andExpect(content().string(containsString(">Лица</a>")));
        assertThat(identity.language(clerk.userId())).contains("ru");
    }

    @Test
    void langWorksOnTheSignInPageBeforeSigningIn() throws Exception {
        mvc.perform(get("/login").param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"ru\"")))
                .andExpect(cookie().value(UserLocaleResolver.COOKIE, "ru"));
    }

    @Test
    void anUnknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/letters").param("lang", "xx").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"en\"")))
                .andExpect(cookie().doesNotExist(UserLocaleResolver.COOKIE));
        assertThat(identity.language(clerk.userId())).contains("en");
    }

    @Test
    void theLanguageButtonsReturnToTheAddressWithoutLangSoTheyAreNotOverruledByIt() throws Exception {
        mvc.perform(get("/letters?q=visit&lang=tg&direction=OUTGOING")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(
                        "name=\"returnTo\" value=\"/letters?q=visit&amp;direction=OUTGOING\"")))
                .andExpect(content().string(not(containsString("lang=tg"))));
    }
}
