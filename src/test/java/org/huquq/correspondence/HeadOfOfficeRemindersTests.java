package org.huquq.correspondence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The head of office sees the office's overdue work on the reminders page; others see their own reminders only. */
@SpringBootTest
@AutoConfigureMockMvc
class HeadOfOfficeRemindersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Test
    void aHeadSeesEveryTeamsOverdueLetterOnTheRemindersPageInTajik() throws Exception {
        UUID institution = users.institution();
        UUID legal = users.team(institution, "Legal");
        HuquqUser monitor = users.user(institution, Role.MONITOR, legal);
        HuquqUser officer = users.user(institution, Role.CASE_OFFICER, users.team(institution, "Cases"));
        HuquqUser head = users.user(institution, Role.HEAD);
        UUID commissioner = as(monitor, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        LetterView overdue = as(monitor, () -> letters.register(LetterMother.outgoing(commissioner)
                .subject("Дастрасӣ ба боздоштшудагон").level(Confidentiality.CONFIDENTIAL, legal).register()));

        mvc.perform(get("/reminders").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(head))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Корҳои мӯҳлаташон гузаштаи идора")))
                .andExpect(content().string(containsString(overdue.reference())));
        mvc.perform(get("/reminders").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"office-overdue\""))))
                .andExpect(content().string(not(containsString(overdue.reference()))));
    }
}
