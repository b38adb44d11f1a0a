package org.huquq.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.commitments.CommitmentMother.step;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
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
 * A strictly confidential commitment of one team does not exist for a colleague outside it: not on its page, not in
 * the API, not in lists, search or "no step reported"; its follow-ups neither.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommitmentConfidentialityTests {

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    AuditLog audit;

    @Autowired
    MockMvc mvc;

    UUID institution;
    HuquqUser insider;
    HuquqUser outsider;
    HuquqUser head;
    CommitmentView secret;
    CommitmentMother secretMother;

    @BeforeEach
    void secret() {
        institution = users.institution();
        UUID cases = users.team(institution, "Complaints and migrants");
        insider = users.user(institution, Role.CASE_OFFICER, cases);
        outsider = users.user(institution, Role.CASE_OFFICER, users.team(institution, "Monitoring"));
        head = users.user(institution, Role.HEAD);
        UUID commissioner = as(insider, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        secretMother = CommitmentMother.pledgeBy(commissioner).madeOn(LocalDate.of(2024, 1, 10))
                .protectedAs(Confidentiality.STRICTLY_CONFIDENTIAL, cases);
        secret = as(insider, () -> commitments.create(secretMother.build()));
        as(insider, () -> commitments.addFollowUp(secret.id(), secret.version(),
                step(LocalDate.of(2024, 2, 1), CommitmentStatus.IN_PROGRESS)));
    }

    @Test
    void theTeamAndTheHeadReadItAndEachReadIsAudited() {
        assertThat(as(insider, () -> commitments.get(secret.id())).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(as(head, () -> commitments.get(secret.id())).id()).isEqualTo(secret.id());
        assertThat(as(head, () -> commitments.search(new CommitmentFilter(secretMother.marker(), null, null, null), 0,
                10)).items()).extracting(CommitmentView::id).containsExactly(secret.id());
        assertThat(audit.history(institution, "Commitment", secret.id())).extracting(AuditEntryView::action)
                .filteredOn(AuditAction.READ::equals).hasSize(2);
    }

    @Test
    void forAColleagueOutsideTheTeamItDoesNotExist() {
        assertThatThrownBy(() -> as(outsider, () -> commitments.get(secret.id()))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> commitments.followUps(secret.id(), 0, 10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> commitments.addFollowUp(secret.id(), 1,
                step(LocalDate.of(2024, 3, 1), CommitmentStatus.WITHDRAWN)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(outsider, () -> commitments.update(secret.id(), 1, secretMother.build())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(outsider, () -> commitments.find(CommitmentFilter.none(), null, 100)).items()).isEmpty();
        assertThat(as(outsider, () -> commitments.search(new CommitmentFilter(secretMother.marker(), null, null, null),
                0, 100)).items()).isEmpty();
        assertThat(as(outsider, () -> commitments.search(new CommitmentFilter(secret.reference(), null, null, null),
                0, 100)).items()).isEmpty();
        assertThat(as(outsider, () -> commitments.noStepReported(0, null, null, 100)).total()).isZero();
        assertThat(as(insider, () -> commitments.noStepReported(0, null, null, 100)).total()).isEqualTo(1);
    }

    @Test
    void nobodyLocksThemselvesOut() {
        UUID otherTeam = users.team(institution, "Other");
        assertThatThrownBy(() -> as(outsider, () -> commitments.create(secretMother
                .protectedAs(Confidentiality.STRICTLY_CONFIDENTIAL, otherTeam).build())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("confidentiality")));
    }

    @Test
    void onPagesAndInTheApiItAnswers404() throws Exception {
        var signedIn = authentication(TestUsers.signedIn(outsider));
        mvc.perform(get("/commitments/" + secret.id()).with(signedIn)).andExpect(status().isNotFound());
        mvc.perform(get("/commitments/" + secret.id() + "/edit").with(signedIn)).andExpect(status().isNotFound());
        mvc.perform(post("/commitments/" + secret.id() + "/follow-ups").with(signedIn).with(csrf())
                .param("on", "2024-03-01").param("status", "WITHDRAWN").param("actionTaken", "x")
                .param("evidence", "y").param("version", "1")).andExpect(status().isNotFound());
        mvc.perform(get("/commitments").param("q", secretMother.marker()).with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret.reference()))));
        mvc.perform(get("/commitments/no-step").param("days", "0").with(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(secret.reference()))));

        String token = tokenFor(outsider);
        mvc.perform(get("/api/v1/commitments/" + secret.id()).header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments/" + secret.id() + "/follow-ups").header("Authorization", token))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/commitments/" + secret.id() + "/follow-ups").header("Authorization", token)
                .header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .content("{\"on\":\"2024-03-01\",\"status\":\"WITHDRAWN\",\"actionTaken\":\"x\",\"evidence\":\"y\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/commitments").param("q", secretMother.marker()).header("Authorization", token))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("\"total\":0")));
        // in pages of one, as the lists are read by keyset: nothing, and no next page that the secret would make
        for (String list : new String[] { "/api/v1/commitments", "/api/v1/commitments/no-step-reported?days=0" }) {
            mvc.perform(get(list).param("size", "1").header("Authorization", token)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty()).andExpect(jsonPath("$.total").value(0))
                    .andExpect(jsonPath("$.next").value(Matchers.nullValue()));
        }

        mvc.perform(get("/commitments/" + secret.id()).with(authentication(TestUsers.signedIn(insider))))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(secret.reference())));
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
