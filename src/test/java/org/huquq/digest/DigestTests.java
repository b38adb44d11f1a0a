package org.huquq.digest;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.UserChanges;
import org.huquq.shared.Confidentiality;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The daily digest: a head of office is told of the whole office's overdue work, a team lead of the work owned by
 * the team's members, each only of what they may read, on a page, in the API and once a day by e-mail through a
 * real SMTP server, where letters above "internal" are named by number only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DigestTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    /** After every letter's reply-by date (11 November 2024) and our answer's (9 December 2024). */
    static final LocalDate ON = LocalDate.of(2025, 1, 15);

    @Autowired
    OfficeDigests digests;

    @Autowired
    DigestMails mails;

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    UUID institution;
    UUID cases;
    String headMail;
    String leadMail;
    HuquqUser head;
    HuquqUser lead;
    HuquqUser member;
    HuquqUser monitor;
    HuquqUser officer;
    LetterView leadsLetter;
    LetterView membersSecret;
    LetterView monitorsLetter;
    LetterView ourAnswerDue;

    @BeforeEach
    void office() {
        institution = users.institution();
        cases = users.team(institution, "Cases");
        UUID monitoring = users.team(institution, "Monitoring");
        headMail = "head-" + UUID.randomUUID() + "@example.org";
        leadMail = "lead-" + UUID.randomUUID() + "@example.org";
        head = users.userWithMail(institution, Role.HEAD, headMail, "tg");
        lead = users.userWithMail(institution, Role.CASE_OFFICER, leadMail, "ru", cases);
        member = users.user(institution, Role.CASE_OFFICER, cases);
        monitor = users.user(institution, Role.MONITOR, monitoring);
        officer = users.user(institution, Role.CASE_OFFICER);
        identity.setTeamLead(institution, cases, lead.userId());
        UUID commissioner = as(lead, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        leadsLetter = as(lead, () -> letters.register(LetterMother.outgoing(commissioner)
                .subject("Ҳуқуқи муҳоҷирон дар Маскав").ownedBy(lead.username()).register()));
        membersSecret = as(member, () -> letters.register(LetterMother.outgoing(commissioner)
                .subject("Interview with the witness Rahimov").ownedBy(member.username())
                .level(Confidentiality.STRICTLY_CONFIDENTIAL, cases).register()));
        monitorsLetter = as(monitor, () -> letters.register(LetterMother.outgoing(commissioner)
                .subject("Colony 3 kitchen").ownedBy(monitor.username())
                .level(Confidentiality.CONFIDENTIAL, monitoring).register()));
        ourAnswerDue = as(lead, () -> letters.register(LetterMother.incoming(commissioner).expectingOurAnswer()
                .ownedBy(lead.username()).register()));
    }

    @Test
    void theHeadIsToldOfTheWholeOfficeBothWaysAndTheLeadOfTheTeamsMembersOnly() {
        Digest office = as(head, () -> digests.mine(ON, "en"));
        assertThat(office.sections()).singleElement().satisfies(section -> {
            assertThat(section.team()).isNull();
            assertThat(section.theyOweUs()).isEqualTo(3);
            assertThat(section.weOwe()).isEqualTo(1);
            assertThat(section.exact()).isTrue();
            assertThat(section.longestOverdue()).extracting(DigestLetter::reference).containsExactlyInAnyOrder(
                    leadsLetter.reference(), membersSecret.reference(), monitorsLetter.reference(),
                    ourAnswerDue.reference());
            assertThat(section.longestOverdue().get(0).counterpart()).isNotBlank();
        });

        Digest team = as(lead, () -> digests.mine(ON, "ru"));
        assertThat(team.sections()).singleElement().satisfies(section -> {
            assertThat(section.team()).startsWith("Cases");
            assertThat(section.theyOweUs()).isEqualTo(2);
            assertThat(section.weOwe()).isEqualTo(1);
            // the monitor's letter is neither the team's work nor the lead's to read
            assertThat(section.longestOverdue()).extracting(DigestLetter::reference)
                    .doesNotContain(monitorsLetter.reference());
        });

        assertThat(as(officer, () -> digests.mine(ON, "en")).sections()).isEmpty();
        assertThat(as(officer, () -> digests.receives())).isFalse();
    }

    @Test
    void thePageAndTheApiShowTheDigestInTheReadersLanguage() throws Exception {
        mvc.perform(get("/digest").param("on", ON.toString()).sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(lead))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ҳисоботи ҳаррӯза")))
                .andExpect(content().string(containsString(leadsLetter.reference())))
                .andExpect(content().string(not(containsString(monitorsLetter.reference()))));
        mvc.perform(get("/digest").sessionAttr("huquq.language", "ru")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сводка вам не приходит")));
        mvc.perform(get("/api/v1/digest").param("on", ON.toString()).with(authentication(TestUsers.signedIn(head))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].theyOweUs").value(3))
                .andExpect(jsonPath("$.sections[0].weOwe").value(1));
        mvc.perform(get("/api/v1/digest").param("on", "15.01.2025").with(authentication(TestUsers.signedIn(head))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void eachRecipientGetsOneMailADayInTheirLanguageWithoutTheSubjectsOfConfidentialLetters() throws Exception {
        mails.send(ON);
        mails.send(ON);
        List<MimeMessage> toHead = mailsTo(headMail);
        assertThat(toHead).singleElement().satisfies(mail -> {
            // getContent() declares checked exceptions: satisfies takes a ThrowingConsumer
            String body = String.valueOf(mail.getContent());
            assertThat(mail.getSubject()).contains("4 мактуби мӯҳлаташ гузашта");
            assertThat(body).contains(membersSecret.reference()).contains(monitorsLetter.reference())
                    .doesNotContain("Rahimov").doesNotContain("Colony 3");
        });
        assertThat(String.valueOf(toHead.get(0).getContent())).contains("Ҳуқуқи муҳоҷирон дар Маскав");
        List<MimeMessage> toLead = mailsTo(leadMail);
        assertThat(toLead).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).contains("3 просроченных письма");
            assertThat(String.valueOf(mail.getContent())).contains("Группа «Cases")
                    .contains(membersSecret.reference()).doesNotContain(monitorsLetter.reference());
        });
        // the next day brings the next digest
        mails.send(ON.plusDays(1));
        assertThat(mailsTo(headMail)).hasSize(2);
    }

    @Test
    void aLeadIsAMemberOfTheTeamAndStopsLeadingWhenTheyLeaveIt() throws Exception {
        HuquqUser admin = users.user(institution, Role.ADMINISTRATOR);
        mvc.perform(post("/admin/teams/{id}/lead", cases).param("lead", monitor.userId().toString()).with(csrf())
                        .with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", "identity.teams.leadNotMember"));
        assertThat(identity.teamsLedBy(institution, monitor.userId())).isEmpty();
        mvc.perform(post("/admin/teams/{id}/lead", cases).param("lead", member.userId().toString()).with(csrf())
                        .with(authentication(TestUsers.signedIn(admin))))
                .andExpect(flash().attribute("notice", "identity.teams.leadSaved"));
        assertThat(identity.teamsLedBy(institution, member.userId())).extracting(t -> t.id()).containsExactly(cases);
        assertThat(identity.teamsLedBy(institution, lead.userId())).isEmpty();

        var account = identity.findUser(institution, member.userId()).orElseThrow();
        as(admin, () -> identity.updateUser(institution, member.userId(), account.version(), new UserChanges(
                account.displayName(), account.email(), account.language(), EnumSet.of(Role.CASE_OFFICER),
                Set.of(), true)));
        assertThat(identity.teamsLedBy(institution, member.userId())).isEmpty();
        assertThat(identity.digestRecipients(institution)).extracting(u -> u.id()).containsExactly(head.userId());
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
