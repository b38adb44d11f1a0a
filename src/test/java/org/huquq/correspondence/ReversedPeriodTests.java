package org.huquq.correspondence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A period whose end comes before its start, on the scorecard, the letter list and the calls and meetings, in the
 * pages (with the filter form, so htmx swaps it in) and the API (400): a field error, never a server error and never
 * a silently empty list.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReversedPeriodTests {

    private static final String REVERSED_EN = "The end of the period is before its start.";
    private static final String REVERSED_TG = "Охири давра пеш аз оғози он аст.";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    HuquqUser clerk;
    UUID commissioner;

    @BeforeEach
    void anInstitution() {
        clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        commissioner = as(clerk, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @Test
    void theScorecardPageShowsTheReversedPeriodBesideTheDateInTheUsersLanguage() throws Exception {
        mvc.perform(get("/institutions/" + commissioner + "/scorecard?from=2024-12-31&to=2024-01-01")
                        .sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(REVERSED_TG)))
                .andExpect(content().string(containsString("value=\"2024-12-31\"")))
                .andExpect(content().string(containsString("value=\"2024-01-01\"")))
                .andExpect(content().string(not(containsString("id=\"sc-sent\""))));
    }

    @Test
    void aScorecardStartingAfterTodayWithNoEndIsAReversedPeriodToo() throws Exception {
        String future = LocalDate.now().plusYears(1).toString();
        mvc.perform(get("/institutions/" + commissioner + "/scorecard?from=" + future)
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(REVERSED_EN)));
        mvc.perform(get("/api/v1/institutions/" + commissioner + "/scorecard?from=" + future)
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }

    @Test
    void theScorecardApiAnswersAFieldError() throws Exception {
        mvc.perform(get("/api/v1/institutions/" + commissioner + "/scorecard?from=2024-12-31&to=2024-01-01")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value(REVERSED_EN));
    }

    @Test
    void theLetterListShowsTheErrorInsteadOfAnEmptyList() throws Exception {
        mvc.perform(get("/letters?from=2024-12-31&to=2024-01-01").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(REVERSED_EN)))
                .andExpect(content().string(not(containsString("No letters"))));
        mvc.perform(get("/letters?from=2024-12-31&to=2024-01-01&q=Reversed")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(REVERSED_EN)));
        mvc.perform(get("/api/v1/letters?from=2024-12-31&to=2024-01-01")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void theCallsAndMeetingsListShowsTheErrorInBothShapes() throws Exception {
        mvc.perform(get("/communications?from=2024-12-31&to=2024-01-01")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(REVERSED_EN)))
                .andExpect(content().string(not(containsString("No calls or meetings"))));
        mvc.perform(get("/communications?from=2024-12-31&to=2024-01-01").header("HX-Request", "true")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(content().string(containsString(REVERSED_EN)));
        mvc.perform(get("/api/v1/communications?from=2024-12-31&to=2024-01-01")
                        .with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }
}
