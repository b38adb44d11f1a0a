package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Pages link to the webjar they load by its versioned address, which is served, and no other link of a page is
 * looked up among the static resources (that lookup was half of a page's CPU time).
 */
@SpringBootTest
@AutoConfigureMockMvc
class StaticResourceLinksTests {

    private static final Pattern HTMX = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9][^/\"]*/dist/htmx\\.min\\.js)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void aPageLinksTheWebjarByItsVersionAndThatAddressIsServed() throws Exception {
        String page = mvc.perform(get("/places").with(authentication(
                        TestUsers.signedIn(users.user(users.institution(), Role.CASE_OFFICER)))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Matcher htmx = HTMX.matcher(page);
        assertThat(htmx.find()).as("versioned htmx link in %s", page.substring(0, Math.min(page.length(), 800)))
                .isTrue();
        assertThat(page).contains("href=\"/css/huquq.css\"", "src=\"/js/huquq.js\"", "href=\"/persons\"");

        mvc.perform(get(htmx.group(1))).andExpect(status().isOk());
    }

    @Test
    void onlyLinksToStaticResourcesAreLookedUp() {
        List<String> lookedUp = new ArrayList<>();
        StaticResourceLinks links = new StaticResourceLinks(lookupPath -> {
            lookedUp.add(lookupPath);
            return lookupPath.startsWith("/webjars/") ? "/webjars/lib/1.0/lib.js" : null;
        });

        assertThat(links.resolve("/places/0190-abc", "")).isEqualTo("/places/0190-abc");
        assertThat(links.resolve("/persons?q=css", "")).isEqualTo("/persons?q=css");
        assertThat(links.resolve("/app/letters", "/app")).isEqualTo("/app/letters");
        assertThat(lookedUp).isEmpty();

        assertThat(links.resolve("/webjars/lib/lib.js", "")).isEqualTo("/webjars/lib/1.0/lib.js");
        assertThat(links.resolve("/app/webjars/lib/lib.js", "/app")).isEqualTo("/app/webjars/lib/1.0/lib.js");
        assertThat(links.resolve("/css/missing.css", "")).isEqualTo("/css/missing.css");
        assertThat(lookedUp).containsExactly("/webjars/lib/lib.js", "/webjars/lib/lib.js", "/css/missing.css");
    }
}
