package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.NotFoundException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A call the user may not read does not exist for them: not on its page, not in the API, not in the log, not on the
 * counterpart's page. Reading a confidential one leaves an audit entry.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunicationConfidentialityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    AuditLog audit;

    UUID institution;
    HuquqUser monitor;
    HuquqUser officer;
    HuquqUser head;
    HuquqUser auditor;
    CounterpartView commissioner;
    CommunicationView strict;
    CommunicationView open;

    @BeforeEach
    void calls() {
        institution = users.institution();
        UUID monitoringTeam = users.team(institution, "Monitoring");
        UUID casesTeam = users.team(institution, "Cases");
        monitor = users.user(institution, Role.MONITOR, monitoringTeam);
        officer = users.user(institution, Role.CASE_OFFICER, casesTeam);
        head = users.user(institution, Role.HEAD);
        auditor = users.user(institution, Role.AUDITOR);
        commissioner = as(monitor, () -> counterparts.create(CounterpartMother.ombudsman().build()));
        strict = as(monitor, () -> communications.create(CommunicationMother.call().with(commissioner.id())
                .about("Strictly confidential call " + CounterpartMother.marker())
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, monitoringTeam).build()));
        open = as(monitor, () -> communications.create(CommunicationMother.call().with(commissioner.id())
                .about("Internal call " + CounterpartMother.marker()).build()));
    }

    @Test
    void aStrictlyConfidentialCallOfAnotherTeamIsNotFoundOnItsPageOrInTheApi() throws Exception {
        for (String page : new String[] { "/communications/" + strict.id(), "/communications/" + strict.id() + "/edit" }) {
            mvc.perform(get(page).with(authentication(TestUsers.signedIn(officer))))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(strict.subject()))));
        }
        mvc.perform(post("/communications/" + strict.id()).with(csrf())
                        .with(authentication(TestUsers.signedIn(officer))).param("subject", "overwritten"))
                .andExpect(status().isNotFound());
        String token = tokenFor(officer);
        mvc.perform(get("/api/v1/communications/" + strict.id()).header("Authorization", token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/communications/" + strict.id()).header("Authorization", token)
                        .header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"kind":"PHONE_CALL","occurredOn":"2024-04-05","counterpartId":"%s",
                                 "participants":[{"name":"X","side":"OURS"}],"subject":"overwritten",
                                 "summary":"overwritten","confidentiality":"INTERNAL"}""".formatted(commissioner.id())))
                .andExpect(status().isNotFound());
        assertThatThrownBy(() -> as(officer, () -> communications.get(strict.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(monitor, () -> communications.get(strict.id())).subject()).isEqualTo(strict.subject());
    }

    @Test
    void itIsAbsentFromTheLogTheApiListAndTheCounterpartsPage() throws Exception {
        mvc.perform(get("/communications").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(open.subject())))
                .andExpect(content().string(not(containsString(strict.subject()))));
        mvc.perform(get("/api/v1/communications").param("counterpart", commissioner.id().toString())
                        .header("Authorization", tokenFor(officer)))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value(open.id().toString()));
        // in pages of one: the reader's call, and no next page that the hidden one would make
        mvc.perform(get("/api/v1/communications").param("size", "1").header("Authorization", tokenFor(officer)))
                .andExpect(jsonPath("$.items[0].id").value(open.id().toString()))
                .andExpect(jsonPath("$.hasNext").value(false)).andExpect(jsonPath("$.next").value(org.hamcrest.Matchers.nullValue()));
        mvc.perform(get("/institutions/" + commissioner.id()).with(authentication(TestUsers.signedIn(officer))))
                .andExpect(content().string(containsString(open.subject())))
                .andExpect(content().string(not(containsString(strict.subject()))));
        assertThat(as(auditor, () -> communications.find(CommunicationFilter.none(), null, 10)).items())
                .as("auditors read confidential records, not strictly confidential ones")
                .extracting(CommunicationSummary::id).containsExactly(open.id());
        assertThat(as(head, () -> communications.find(CommunicationFilter.none(), null, 10)).items())
                .extracting(CommunicationSummary::id).containsExactlyInAnyOrder(open.id(), strict.id());
    }

    @Test
    void readingAConfidentialCallIsAuditedAndAnInternalOneIsNot() throws Exception {
        mvc.perform(get("/communications/" + strict.id()).with(authentication(TestUsers.signedIn(head))))
                .andExpect(status().isOk());
        as(officer, () -> communications.get(open.id()));
        assertThat(audit.history(institution, "Communication", strict.id()))
                .filteredOn(e -> e.action() == AuditAction.READ).extracting(AuditEntryView::actor)
                .containsExactly(head.username());
        assertThat(audit.history(institution, "Communication", open.id())).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.CREATE);
    }

    String tokenFor(HuquqUser user) {
        SecurityContextHolder.getContext().setAuthentication(TestUsers.signedIn(user));
        try {
            return "Bearer " + tokens.create(user, "test", null).secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
