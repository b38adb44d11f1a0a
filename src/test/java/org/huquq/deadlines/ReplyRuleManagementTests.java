package org.huquq.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class ReplyRuleManagementTests {

    @Autowired
    ReplyRuleManagement rules;

    @Autowired
    TestUsers users;

    @Autowired
    AuditLog audit;

    HuquqUser admin;

    @BeforeEach
    void administrator() {
        admin = users.user(users.institution(), Role.ADMINISTRATOR);
    }

    @Test
    void seedsTheRussianAndTajikRulesWithTheirLegalBasis() {
        ReplyRuleView appeals = rules.rule("RU-59-FZ");
        assertThat(appeals.country()).isEqualTo("RU");
        assertThat(appeals.countingStart()).isEqualTo(ReplyRuleCountingStart.REGISTERED);
        assertThat(appeals.registrationDays()).isEqualTo(3);
        assertThat(appeals.answerDays()).isEqualTo(30);
        assertThat(appeals.extensionMaxCount()).isEqualTo(1);
        assertThat(appeals.extensionMaxDays()).isEqualTo(30);
        assertThat(appeals.extensionNeedsNotice()).isTrue();
        assertThat(appeals.forwardingDays()).isEqualTo(7);
        assertThat(appeals.acknowledgementStopsClock()).isFalse();
        assertThat(appeals.legalBasis()).contains("59-ФЗ", "ст. 12");
        assertThat(rules.rule("RU-1-FKZ").answerDays()).isEqualTo(10);
        assertThat(rules.rule("RU-1-FKZ").acknowledgementStopsClock()).isTrue();
        assertThat(rules.rule("TJ-APPEALS").descriptionEn()).startsWith("TO BE CHECKED BY A LAWYER");
        assertThat(rules.rule("TJ-APPEALS").nameTg()).contains("муроҷиатҳои");
        assertThat(rules.activeRules()).extracting(ReplyRuleView::code)
                .contains("RU-1-FKZ", "RU-59-FZ", "TJ-APPEALS");
    }

    @Test
    void administratorCreatesChangesAndDeprecatesARuleAndEachChangeIsAudited() {
        ReplyRuleDetails details = ReplyRuleMother.rule().inCountry("KZ").workingDays(15).build();
        ReplyRuleView created = TestUsers.as(admin, () -> rules.create(details));
        assertThat(created.version()).isZero();
        assertThat(created.createdBy()).isEqualTo(admin.username());

        ReplyRuleView changed = TestUsers.as(admin, () -> rules.update(created.code(), 0,
                ReplyRuleMother.rule().code(created.code()).inCountry("KZ").workingDays(20).build()));
        assertThat(changed.answerDays()).isEqualTo(20);
        assertThat(changed.version()).isEqualTo(1);

        ReplyRuleView deprecated = TestUsers.as(admin, () -> rules.setDeprecated(created.code(), 1, true));
        assertThat(deprecated.deprecated()).isTrue();
        assertThat(TestUsers.as(admin, rules::activeRules)).extracting(ReplyRuleView::code)
                .doesNotContain(created.code());
        assertThat(TestUsers.as(admin, () -> rules.rule(created.code())).deprecated()).isTrue();

        assertThat(audit.history(admin.institutionId(), "ReplyRule", created.id()))
                .extracting(e -> e.action()).containsExactly(AuditAction.UPDATE, AuditAction.UPDATE,
                        AuditAction.CREATE);
    }

    @Test
    void staleVersionIsRefusedAndTheCodeNeverChanges() {
        ReplyRuleView created = TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().build()));
        assertThatThrownBy(() -> TestUsers.as(admin, () -> rules.update(created.code(), 5,
                created.toDetails()))).isInstanceOf(StaleVersionException.class);
        assertProblems(() -> TestUsers.as(admin, () -> rules.update(created.code(), 0,
                ReplyRuleMother.rule().code("OTHER-CODE").build())),
                new FieldProblem("code", "deadlines.replyRule.error.codeFixed"));
    }

    @Test
    void badRulesAreRejectedWithEveryWrongFieldNamedAndNothingSaved() {
        int before = TestUsers.as(admin, () -> rules.rules()).size();
        assertProblems(() -> TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().inCountry("XX")
                        .answerDays(-30).longOverdueDays(0).build())),
                new FieldProblem("country", "deadlines.replyRule.error.country"),
                new FieldProblem("answerDays", "deadlines.replyRule.error.days1to3650"),
                new FieldProblem("longOverdueDays", "deadlines.replyRule.error.days1to3650"));
        assertProblems(() -> TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().code("RU-59-FZ").build())),
                new FieldProblem("code", "deadlines.replyRule.error.codeTaken"));
        assertProblems(() -> TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().code("NONE").build())),
                new FieldProblem("code", "deadlines.replyRule.error.codeReserved"));
        assertProblems(() -> TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().code("ru 59").build())),
                new FieldProblem("code", "deadlines.replyRule.error.codeFormat"));
        ReplyRuleDetails registrationWithoutPeriod = ReplyRuleMother.rule().fromRegistration(3).build();
        assertProblems(() -> TestUsers.as(admin, () -> rules.create(new ReplyRuleDetails(
                        registrationWithoutPeriod.code(), "RU", "n", "n", "n", null, null, null, "law",
                        ReplyRuleCountingStart.REGISTERED, -1, null, 30, ReplyRuleDayKind.CALENDAR, 1, null, true,
                        0, false, ReplyRuleNonWorkingEnd.NEXT_WORKING_DAY, 30, false, false))),
                new FieldProblem("deliveryDays", "deadlines.replyRule.error.days0to365"),
                new FieldProblem("registrationDays", "deadlines.replyRule.error.required"),
                new FieldProblem("extensionMaxDays", "deadlines.replyRule.error.required"),
                new FieldProblem("forwardingDays", "deadlines.replyRule.error.days1to365"));
        assertThat(TestUsers.as(admin, () -> rules.rules())).hasSize(before);
    }

    @Test
    void eachCountryHasOneRuleForTheLettersItsOfficesReceiveAndMarkingAnotherUnmarksIt() {
        assertThat(rules.defaultForReceived("RU")).map(ReplyRuleView::code).contains("RU-59-FZ");
        assertThat(rules.defaultForReceived("TJ")).map(ReplyRuleView::code).contains("TJ-APPEALS");
        assertThat(rules.rule("RU-1-FKZ").defaultForReceived()).isFalse();
        // Kazakhstan has no seeded rule: the test owns its rules there
        ReplyRuleView first = TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().inCountry("KZ")
                .defaultForReceived().build()));
        assertThat(TestUsers.as(admin, () -> rules.defaultForReceived("KZ"))).map(ReplyRuleView::code)
                .contains(first.code());
        ReplyRuleView second = TestUsers.as(admin, () -> rules.create(ReplyRuleMother.rule().inCountry("KZ")
                .defaultForReceived().build()));
        assertThat(TestUsers.as(admin, () -> rules.defaultForReceived("KZ"))).map(ReplyRuleView::code)
                .contains(second.code());
        assertThat(TestUsers.as(admin, () -> rules.rule(first.code())).defaultForReceived()).isFalse();
        assertThat(audit.history(admin.institutionId(), "ReplyRule", first.id()))
                .extracting(org.huquq.audit.AuditEntryView::action)
                .containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        TestUsers.as(admin, () -> rules.setDeprecated(second.code(), rules.rule(second.code()).version(), true));
        assertThat(TestUsers.as(admin, () -> rules.defaultForReceived("KZ")))
                .as("a deprecated rule is no one's own rule").isEmpty();
        assertThat(rules.defaultForReceived(null)).isEmpty();
    }

    @Test
    void onlyAdministratorsChangeRules() {
        HuquqUser officer = users.user(users.institution(), Role.CASE_OFFICER);
        assertThatThrownBy(() -> TestUsers.as(officer, () -> rules.create(ReplyRuleMother.rule().build())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> TestUsers.as(officer, () -> rules.setDeprecated("RU-59-FZ", 0, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(TestUsers.as(officer, () -> rules.rule("RU-59-FZ")).deprecated()).isFalse();
    }

    private static void assertProblems(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
            FieldProblem... expected) {
        assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldProblem.class))
                .containsExactlyInAnyOrderElementsOf(List.of(expected));
    }
}
