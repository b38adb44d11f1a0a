package org.huquq.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.identity.security.HuquqUserDetailsService;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator of an instance that serves one institution makes a backup on the backup page, downloads it
 * (an archive that matches its manifest), and both are in the audit trail; once the instance holds another
 * institution, whose records a backup would hold too, the page makes and hands out none (so that test comes second:
 * it adds the other institution to this context's instance).
 */
@SpringBootTest(properties = "huquq.demo=false")
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BackupManagement backups;

    @Autowired
    AuditLog audit;

    @Autowired
    TestUsers users;

    @Autowired
    HuquqUserDetailsService userDetails;

    @TempDir
    Path temp;

    @BeforeEach
    void embeddedStackOnly() {
        // on PostgreSQL (CI) the database holds the institutions of every test context, and archives no database
        EmbeddedStack.assume("an instance of one institution, whose archives hold the database");
    }

    @Test
    @Order(1)
    void theAdministratorOfTheOnlyInstitutionBacksUpDownloadsAndIsAudited() throws Exception {
        HuquqUser admin = userDetails.loadUserByUsername("admin");
        mvc.perform(get("/admin/backup").sessionAttr("huquq.language", "tg").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Нусхабардории эҳтиётӣ")))
                .andExpect(content().string(containsString("id=\"make-backup\"")))
                .andExpect(content().string(containsString("id=\"no-backup\"")));

        mvc.perform(post("/admin/backup").with(csrf()).with(authentication(TestUsers.signedIn(admin))))
                .andExpect(redirectedUrl("/admin/backup"))
                .andExpect(flash().attribute("notice", "operations.backup.started"));
        awaitBackup();

        String name = as(admin, () -> backups.archives()).get(0).name();
        mvc.perform(get("/admin/backup").sessionAttr("huquq.language", "ru").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Скачать")));
        byte[] archive = mvc.perform(get("/admin/backup/" + name).with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"" + name + "\""))
                .andReturn().getResponse().getContentAsByteArray();
        Path downloaded = Files.write(temp.resolve(name), archive);
        assertThat(BackupArchive.verify(downloaded).databaseEntry()).isEqualTo("database/huquq.mv.db");

        assertThat(audit.latest(admin.institutionId(), 0, 20)).filteredOn(entry -> "Backup".equals(entry.objectType()))
                .extracting(AuditEntryView::action, AuditEntryView::objectId, AuditEntryView::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(AuditAction.EXPORT, name, AuditOutcome.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple(AuditAction.CREATE, name, AuditOutcome.SUCCESS));

        HuquqUser clerk = users.user(admin.institutionId(), Role.REGISTRY_CLERK);
        mvc.perform(get("/admin/backup").with(authentication(TestUsers.signedIn(clerk))))
                .andExpect(status().isForbidden());
    }

    @Test
    @Order(2)
    void onAnInstanceThatHoldsAnotherInstitutionThePageMakesAndHandsOutNoBackup() throws Exception {
        HuquqUser otherAdmin = users.user(users.institution(), Role.ADMINISTRATOR);
        mvc.perform(get("/admin/backup").with(authentication(TestUsers.signedIn(otherAdmin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"other-institutions\"")))
                .andExpect(content().string(not(containsString("id=\"make-backup\""))));
        mvc.perform(post("/admin/backup").with(csrf()).with(authentication(TestUsers.signedIn(otherAdmin))))
                .andExpect(status().isNotFound());

        HuquqUser admin = userDetails.loadUserByUsername("admin");
        mvc.perform(get("/admin/backup").with(authentication(TestUsers.signedIn(admin))))
                .andExpect(content().string(containsString("id=\"other-institutions\"")))
                .andExpect(content().string(not(containsString("huquq-backup-"))));
        mvc.perform(get("/admin/backup/huquq-backup-20260101T000000000Z.zip")
                        .with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isNotFound());
    }

    /** The page's backup runs in the background: wait until it is done (bounded, in case it never ends). */
    private void awaitBackup() throws InterruptedException {
        for (int i = 0; i < 3000 && backups.inProgress(); i++) {
            Thread.sleep(100);
        }
        assertThat(backups.inProgress()).as("the backup finished").isFalse();
        assertThat(backups.lastFailed()).isFalse();
    }
}
