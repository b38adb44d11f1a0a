package org.huquq.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Tampering with the audit trail directly in the database is detected by the chain verification. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditChainTests {

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    UUID institution;
    HuquqUser auditor;

    @BeforeEach
    void chainOfTenEntries() {
        institution = users.institution();
        auditor = users.user(institution, Role.AUDITOR);
        for (int i = 0; i < 10; i++) {
            audit.recordFor(institution, "clerk", AuditAction.UPDATE, "Letter", "L-" + i, AuditOutcome.SUCCESS, "edit " + i);
        }
    }

    long entries() {
        return jdbc.queryForObject("select count(*) from audit_entry where chain_key = ?", Long.class, institution.toString());
    }

    @Test
    void untouchedChainIsIntact() {
        AuditVerification result = audit.verify(institution);
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(entries());
    }

    @Test
    void editedEntryIsDetected() {
        jdbc.update("update audit_entry set detail = 'nothing happened' where chain_key = ? and seq = 5", institution.toString());
        AuditVerification result = audit.verify(institution);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(5);
        assertThat(result.problem()).isEqualTo("ALTERED");
    }

    @Test
    void deletedEntryIsDetected() {
        jdbc.update("delete from audit_entry where chain_key = ? and seq = 4", institution.toString());
        AuditVerification result = audit.verify(institution);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(4);
        assertThat(result.problem()).isEqualTo("MISSING");
    }

    @Test
    void reorderedEntriesAreDetected() {
        String chain = institution.toString();
        jdbc.update("update audit_entry set seq = -1 where chain_key = ? and seq = 6", chain);
        jdbc.update("update audit_entry set seq = 6 where chain_key = ? and seq = 7", chain);
        jdbc.update("update audit_entry set seq = 7 where chain_key = ? and seq = -1", chain);
        AuditVerification result = audit.verify(institution);
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenAtSeq()).isEqualTo(6);
    }

    @Test
    void removedTailIsDetected() {
        long last = entries();
        jdbc.update("delete from audit_entry where chain_key = ? and seq = ?", institution.toString(), last);
        AuditVerification result = audit.verify(institution);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo("TRUNCATED");
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            int n = i;
            done.add(pool.submit(() -> audit.recordFor(institution, "clerk", AuditAction.CREATE, "Letter", "C-" + n,
                    AuditOutcome.SUCCESS, null)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(audit.verify(institution).intact()).isTrue();
        assertThat(entries()).isEqualTo(jdbc.queryForObject(
                "select last_seq from audit_chain where chain_key = ?", Long.class, institution.toString()));
    }

    @Test
    void auditorSeesVerificationOnThePageAndTheApi() throws Exception {
        jdbc.update("update audit_entry set actor = 'someone else' where chain_key = ? and seq = 3", institution.toString());
        mvc.perform(get("/api/v1/audit/verify").with(authentication(TestUsers.signedIn(auditor))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(false))
                .andExpect(jsonPath("$.brokenAtSeq").value(3));
        mvc.perform(get("/audit/verify").with(authentication(TestUsers.signedIn(auditor)))
                        .sessionAttr("huquq.language", "tg"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Дар сабти 3 вайрон шудааст")));
    }

    @Test
    void staffWithoutTheAuditorRoleCannotReadTheTrail() throws Exception {
        HuquqUser clerk = users.user(institution, Role.REGISTRY_CLERK);
        mvc.perform(get("/audit").with(authentication(TestUsers.signedIn(clerk)))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").with(authentication(TestUsers.signedIn(clerk)))).andExpect(status().isForbidden());
    }
}
