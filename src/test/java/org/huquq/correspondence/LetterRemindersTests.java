package org.huquq.correspondence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.huquq.support.TestUsers.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.deadlines.ReplyRuleMother;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.UserChanges;
import org.huquq.identity.UserSummary;
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

/** Overdue letters remind their owners, in the application and by e-mail through a real SMTP server. */
@SpringBootTest
@AutoConfigureMockMvc
class LetterRemindersTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    LetterReminders reminders;

    @Autowired
    LetterManagement letters;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    IdentityManagement identity;

    @Autowired
    ReplyRuleManagement rules;

    @Autowired
    MockMvc mvc;

    HuquqUser owner;
    String ownerMail;
    UUID commissioner;

    @BeforeEach
    void owner() {
        UUID institution = users.institution();
        ownerMail = "owner-" + UUID.randomUUID() + "@example.org";
        owner = users.userWithMail(institution, Role.CASE_OFFICER, ownerMail, "tg");
        commissioner = as(owner, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
    }

    @Test
    void anOverdueLetterRemindsItsOwnerOnceInTheApplicationAndByMailInTheirLanguage() throws Exception {
        LetterView letter = as(owner, () -> letters.register(LetterMother.outgoing(commissioner).register()));
        // reply by 11 November 2024: nothing on that day, a reminder the day after, and not a second one
        reminders.remind(LocalDate.of(2024, 11, 11));
        assertThat(remindersOf(letter)).isEmpty();
        reminders.remind(LocalDate.of(2024, 11, 12));
        reminders.remind(LocalDate.of(2024, 11, 13));
        assertThat(remindersOf(letter)).singleElement()
                .satisfies(r -> assertThat(r.state()).isEqualTo(ReplyDeadlineState.OVERDUE));
        MimeMessage mail = mailsAbout(letter.reference()).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(ownerMail);
        assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
        assertThat(mail.getSubject()).contains(letter.reference()).contains("Мӯҳлат гузашт");
        assertThat(mailsAbout(letter.reference())).hasSize(1);
        // the RU-59-FZ rule calls it long overdue 30 days on: a second, different reminder
        reminders.remind(LocalDate.of(2024, 12, 12));
        assertThat(remindersOf(letter)).extracting(ReminderView::state)
                .containsExactlyInAnyOrder(ReplyDeadlineState.OVERDUE, ReplyDeadlineState.LONG_OVERDUE);
        mvc.perform(get("/reminders").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(owner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(letter.reference())))
                .andExpect(content().string(containsString("Ёдраскуниҳо (2)")));
    }

    @Test
    void anAnsweredLetterIsNotRemindedAndAFollowUpIsDraftedInItsLanguageCitingTheUnansweredOnes() {
        LetterView answered = as(owner, () -> letters.register(LetterMother.outgoing(commissioner).register()));
        as(owner, () -> letters.recordOutcome(answered.id(), answered.version(), new RecordOutcome(
                ReplyDeadlineOutcomeKind.ANSWERED, LocalDate.of(2024, 11, 1), null, null)));
        reminders.remind(LocalDate.of(2025, 1, 1));
        assertThat(remindersOf(answered)).isEmpty();

        LetterView first = as(owner, () -> letters.register(LetterMother.outgoing(commissioner).in("tg")
                .subject("Дар бораи ҳуқуқҳои муҳоҷирон").register()));
        LetterView second = as(owner, () -> letters.register(LetterMother.outgoing(commissioner).in("tg")
                .subject("Дар бораи ҳуқуқҳои муҳоҷирон").followingUp(first.id())
                .signedOn(LocalDate.of(2024, 12, 1)).sentOn(LocalDate.of(2024, 12, 2)).register()));
        FollowUpDraft draft = as(owner, () -> letters.followUpDraft(second.id()));
        assertThat(draft.language()).isEqualTo("tg");
        assertThat(draft.subject()).isEqualTo("Такроран: Дар бораи ҳуқуқҳои муҳоҷирон");
        assertThat(draft.body()).startsWith("Диққати Шуморо ҷалб менамоем")
                .contains("№ " + first.reference() + " аз 3 ").contains("№ " + second.reference() + " аз 2 ");
        assertThat(draft.cited()).hasSize(2);
    }

    @Test
    void anIncomingLetterWhoseAnswerWeOweRemindsItsOwnerOnceThatOurAnswerIsLate() throws Exception {
        LetterView theirs = as(owner, () -> letters.register(LetterMother.incoming(commissioner)
                .expectingOurAnswer().register()));
        // our answer is due by 9 December 2024 (TJ-APPEALS, 30 days from receipt on 8 November)
        reminders.remind(LocalDate.of(2024, 12, 9));
        assertThat(remindersOf(theirs)).isEmpty();
        reminders.remind(LocalDate.of(2024, 12, 10));
        reminders.remind(LocalDate.of(2024, 12, 11));
        assertThat(remindersOf(theirs)).singleElement().satisfies(r -> {
            assertThat(r.state()).isEqualTo(ReplyDeadlineState.OVERDUE);
            assertThat(r.direction()).isEqualTo(LetterDirection.INCOMING);
            assertThat(r.replyBy()).isEqualTo(LocalDate.of(2024, 12, 9));
        });
        List<MimeMessage> mails = mailsAbout(theirs.reference());
        assertThat(mails).hasSize(1);
        // in the owner's language, and about our answer, not theirs
        assertThat(String.valueOf(mails.get(0).getContent())).contains("Ҷавоби мо ба мактуби " + theirs.reference())
                .doesNotContain("нарасидааст");
        mvc.perform(get("/reminders").sessionAttr("huquq.language", "tg")
                        .with(authentication(TestUsers.signedIn(owner))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(theirs.reference())))
                .andExpect(content().string(containsString("Аз мо")));
    }

    @Test
    void aLetterIsLongOverdueByTheThresholdOfItsOwnInstitutionsVersionOfItsRule() {
        HuquqUser admin = users.user(owner.institutionId(), Role.ADMINISTRATOR);
        as(admin, () -> {
            ReplyRuleView shared = rules.rule("RU-59-FZ");
            return rules.update(shared.code(), shared.version(),
                    ReplyRuleMother.like(shared).longOverdueDays(5).build());
        });
        LetterView ours = as(owner, () -> letters.register(LetterMother.outgoing(commissioner).register()));
        HuquqUser stranger = users.user(users.institution(), Role.CASE_OFFICER);
        UUID theirCommissioner = as(stranger, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        LetterView theirs = as(stranger, () -> letters.register(LetterMother.outgoing(theirCommissioner).register()));
        // both due by 11 November 2024; 7 days on, long overdue under our version (5 days), not the shared rule (30)
        reminders.remind(LocalDate.of(2024, 11, 18));
        assertThat(remindersOf(ours)).extracting(ReminderView::state).containsExactly(ReplyDeadlineState.LONG_OVERDUE);
        assertThat(as(stranger, () -> reminders.mine())).filteredOn(r -> r.letterId().equals(theirs.id()))
                .extracting(ReminderView::state).containsExactly(ReplyDeadlineState.OVERDUE);
    }

    @Test
    void aLetterFoundLongOverdueAtOnceIsRemindedOnce() {
        LetterView letter = as(owner, () -> letters.register(LetterMother.outgoing(commissioner).register()));
        reminders.remind(LocalDate.of(2025, 6, 1));
        reminders.remind(LocalDate.of(2025, 6, 2));
        assertThat(remindersOf(letter)).extracting(ReminderView::state)
                .containsExactly(ReplyDeadlineState.LONG_OVERDUE);
    }

    @Test
    void aMailNamesAConfidentialLetterByNumberOnlyAndReachesOnlyAnOwnerWhoMayStillReadIt() throws Exception {
        UUID institution = users.institution();
        UUID team = users.team(institution, "Witnesses");
        String mail = "keeper-" + UUID.randomUUID() + "@example.org";
        HuquqUser keeper = users.userWithMail(institution, Role.CASE_OFFICER, mail, "en", team);
        UUID ombudsman = as(keeper, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        LetterView secret = as(keeper, () -> letters.register(LetterMother.outgoing(ombudsman)
                .subject("Statement of the witness Rahimov").level(Confidentiality.STRICTLY_CONFIDENTIAL, team)
                .register()));
        LetterView left = as(keeper, () -> letters.register(LetterMother.outgoing(ombudsman)
                .subject("Conditions in Colony 3").level(Confidentiality.CONFIDENTIAL, team).register()));
        reminders.remind(LocalDate.of(2024, 11, 12));
        MimeMessage about = mailsTo(mail, secret.reference()).get(0);
        assertThat(String.valueOf(about.getContent())).contains(secret.reference()).doesNotContain("Rahimov")
                .contains("its subject is not sent by e-mail");

        // the keeper leaves the team: the letters are no longer theirs to read, and no mail tells of them
        UserSummary account = identity.findUser(institution, keeper.userId()).orElseThrow();
        HuquqUser admin = users.user(institution, Role.ADMINISTRATOR);
        as(admin, () -> identity.updateUser(institution, keeper.userId(), account.version(), new UserChanges(
                account.displayName(), account.email(), account.language(), EnumSet.of(Role.CASE_OFFICER), Set.of(),
                true)));
        reminders.remind(LocalDate.of(2024, 12, 31));
        assertThat(mailsTo(mail, left.reference())).hasSize(1);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(mail))).hasSize(2);
    }

    private List<MimeMessage> mailsTo(String address, String reference) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals(address) && subject(m).contains(reference)).toList();
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ReminderView> remindersOf(LetterView letter) {
        return as(owner, () -> reminders.mine()).stream().filter(r -> r.letterId().equals(letter.id())).toList();
    }

    private List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                // numbers repeat across the tests' institutions: the owner's address tells their mail apart
                return m.getSubject().contains(reference) && m.getAllRecipients()[0].toString().equals(ownerMail);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
