package org.huquq.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.commitments.CommitmentMother.step;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class CommitmentManagementTests {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 3);

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    @Autowired
    AuditLog audit;

    UUID institution;
    HuquqUser officer;
    HuquqUser analyst;
    UUID commissioner;
    UUID ministry;

    @BeforeEach
    void institution() {
        clock.today(TODAY);
        institution = users.institution();
        officer = users.user(institution, Role.CASE_OFFICER);
        analyst = users.user(institution, Role.ANALYST);
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        ministry = as(officer, () -> counterparts.create(CounterpartMother.ministry().build())).id();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void recordingGivesAReferenceAndNoInformationKeepsTajikLettersAndIsAudited() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner)
                .summary("  Ваъда: ғӣқӯҳҷ  ").dueOn(LocalDate.of(2025, 6, 1)).build()));
        CommitmentView read = as(analyst, () -> commitments.get(created.id()));
        assertThat(read.reference()).matches("CMT-\\d{6}");
        assertThat(read.status()).isEqualTo(CommitmentStatus.NO_INFORMATION);
        assertThat(read.lastStepOn()).isNull();
        assertThat(read.summary()).isEqualTo("Ваъда: ғӣқӯҳҷ");
        assertThat(read.madeBy()).isEqualTo(commissioner);
        assertThat(read.madeTo()).as("to our own institution").isNull();
        assertThat(read.daysWithoutStep(TODAY)).isEqualTo(126);
        assertThat(read.version()).isZero();
        assertThat(audit.history(institution, "Commitment", created.id())).extracting(AuditEntryView::action)
                .containsExactly(AuditAction.CREATE);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() {
        long before = as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total();
        UUID foreignCounterpart = as(users.user(users.institution(), Role.HEAD),
                () -> counterparts.create(CounterpartMother.ministry().build())).id();

        CommitmentDetails bad = new CommitmentDetails("NOT_A_KIND", UUID.randomUUID(), "x".repeat(301),
                foreignCounterpart, TODAY.plusDays(1), CommitmentSource.CALL, null, "y".repeat(301), "   ", "qq",
                "z".repeat(2001), null, Confidentiality.INTERNAL, UUID.randomUUID());
        assertThat(problems(bad)).containsExactlyInAnyOrder("kind", "madeBy", "madeByPerson", "madeTo", "madeOn",
                "sourceReference", "text", "textLanguage", "summary", "teamId");

        CommitmentDetails nothing = new CommitmentDetails(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
        assertThat(problems(nothing)).containsExactlyInAnyOrder("kind", "madeBy", "madeOn", "sourceKind", "text",
                "textLanguage", "confidentiality");

        assertThat(problems(CommitmentMother.pledgeBy(commissioner).to(commissioner)
                .madeOn(LocalDate.of(2025, 1, 10)).dueOn(LocalDate.of(2025, 1, 9)).build()))
                .containsExactlyInAnyOrder("madeTo", "dueOn");
        assertThat(problems(CommitmentMother.pledgeBy(commissioner).kind("RECOMMENDATION").to(ministry).build()))
                .as("a recommendation is ours").containsExactly("madeBy");
        assertThat(problems(CommitmentMother.pledgeBy(null).build())).as("made by us to us").containsExactly("madeBy");

        assertThat(as(officer, () -> commitments.find(CommitmentFilter.none(), null, 1)).total()).isEqualTo(before);
    }

    @Test
    void aRecommendationWeIssuedAndAnUndertakingToACounterpartAreAccepted() {
        CommitmentView recommendation = as(officer,
                () -> commitments.create(CommitmentMother.recommendationTo(ministry).build()));
        assertThat(recommendation.madeBy()).isNull();
        assertThat(recommendation.madeTo()).isEqualTo(ministry);
        CommitmentView undertaking = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(ministry)
                .kind("UNDERTAKING").to(commissioner).source(CommitmentSource.PUBLIC_STATEMENT,
                        "https://mvd.ru/news/item/1")
                .text("Обязуемся обеспечить доступ консула", "ru").build()));
        assertThat(undertaking.sourceIsLink()).isTrue();
    }

    @Test
    void statusChangesOnlyThroughFollowUpsAndAChangeOfTheFactsKeepsIt() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build()));
        RecordedFollowUp recorded = as(officer, () -> commitments.addFollowUp(created.id(), created.version(),
                step(LocalDate.of(2025, 1, 15), CommitmentStatus.IN_PROGRESS)));
        assertThat(recorded.commitment().status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(recorded.commitment().lastStepOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(recorded.commitment().version()).isEqualTo(created.version() + 1);

        CommitmentView changed = as(officer, () -> commitments.update(created.id(), recorded.commitment().version(),
                CommitmentMother.pledgeBy(commissioner).summary("Исправленное краткое содержание").build()));
        assertThat(changed.status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(changed.lastStepOn()).isEqualTo(LocalDate.of(2025, 1, 15));
        assertThat(changed.summary()).isEqualTo("Исправленное краткое содержание");
        assertThat(audit.history(institution, "Commitment", created.id())).extracting(AuditEntryView::action)
                .containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
        assertThat(audit.history(institution, "CommitmentFollowUp", recorded.followUp().id()))
                .extracting(AuditEntryView::action).containsExactly(AuditAction.CREATE);
    }

    @Test
    void theFollowUpWithTheLatestDateSetsTheStatusAndOnOneDateTheLastRecorded() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build()));
        CommitmentView afterFirst = add(created, LocalDate.of(2025, 1, 10), CommitmentStatus.IN_PROGRESS);
        CommitmentView afterBackdated = add(afterFirst, LocalDate.of(2024, 12, 1), CommitmentStatus.NOT_IMPLEMENTED);
        assertThat(afterBackdated.status()).as("an earlier-dated report does not override a later one")
                .isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(afterBackdated.lastStepOn()).isEqualTo(LocalDate.of(2025, 1, 10));
        assertThat(afterBackdated.version()).as("but the version moves on").isEqualTo(afterFirst.version() + 1);
        CommitmentView afterSameDay = add(afterBackdated, LocalDate.of(2025, 1, 10),
                CommitmentStatus.PARTIALLY_IMPLEMENTED);
        assertThat(afterSameDay.status()).isEqualTo(CommitmentStatus.PARTIALLY_IMPLEMENTED);

        List<FollowUpView> listed = as(analyst, () -> commitments.followUps(created.id(), 0, 10)).items();
        assertThat(listed).extracting(FollowUpView::status).containsExactly(CommitmentStatus.PARTIALLY_IMPLEMENTED,
                CommitmentStatus.IN_PROGRESS, CommitmentStatus.NOT_IMPLEMENTED);
        assertThat(as(analyst, () -> commitments.followUp(created.id(), listed.get(2).id())).evidence())
                .isEqualTo("Письмо МВД России от 2024-12-01");
    }

    @Test
    void aFollowUpBeforeTheCommitmentInTheFutureOrWithoutEvidenceIsRefusedAndNothingChanges() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner)
                .madeOn(LocalDate.of(2024, 10, 28)).build()));
        assertThat(followUpProblems(created, step(LocalDate.of(2024, 10, 27), CommitmentStatus.IN_PROGRESS)))
                .containsExactly("on");
        assertThat(followUpProblems(created, step(TODAY.plusDays(1), CommitmentStatus.IN_PROGRESS)))
                .containsExactly("on");
        assertThat(followUpProblems(created, step(TODAY, CommitmentStatus.NO_INFORMATION))).containsExactly("status");
        assertThat(followUpProblems(created, new FollowUpDetails(null, null, " ", "", null, null, "r".repeat(301))))
                .containsExactlyInAnyOrder("on", "status", "actionTaken", "evidence", "evidenceSourceReference");
        CommitmentView unchanged = as(officer, () -> commitments.get(created.id()));
        assertThat(unchanged.status()).isEqualTo(CommitmentStatus.NO_INFORMATION);
        assertThat(unchanged.version()).isEqualTo(created.version());
        assertThat(as(officer, () -> commitments.followUps(created.id(), 0, 10)).total()).isZero();
        // on the day it was made, and today, are both fine
        assertThat(add(created, LocalDate.of(2024, 10, 28), CommitmentStatus.IN_PROGRESS).status())
                .isEqualTo(CommitmentStatus.IN_PROGRESS);
    }

    @Test
    void theCommitmentCannotBeMovedAfterItsFirstStep() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner)
                .madeOn(LocalDate.of(2024, 10, 28)).build()));
        CommitmentView stepped = add(created, LocalDate.of(2024, 11, 5), CommitmentStatus.IN_PROGRESS);
        assertThatThrownBy(() -> as(officer, () -> commitments.update(created.id(), stepped.version(),
                CommitmentMother.pledgeBy(commissioner).madeOn(LocalDate.of(2024, 11, 6)).build())))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactly("madeOn"));
    }

    @Test
    void aStaleVersionIsRefusedForChangesAndForFollowUps() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build()));
        add(created, LocalDate.of(2025, 1, 10), CommitmentStatus.IN_PROGRESS);
        assertThatThrownBy(() -> as(officer, () -> commitments.addFollowUp(created.id(), created.version(),
                step(LocalDate.of(2025, 1, 11), CommitmentStatus.WITHDRAWN))))
                .isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> as(officer, () -> commitments.update(created.id(), created.version(),
                CommitmentMother.pledgeBy(commissioner).build()))).isInstanceOf(StaleVersionException.class);
        assertThat(as(officer, () -> commitments.get(created.id())).status()).isEqualTo(CommitmentStatus.IN_PROGRESS);
        assertThat(as(officer, () -> commitments.followUps(created.id(), 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void ofTwoFollowUpsSentAtOnceOnTheSameVersionOneIsRefused() throws Exception {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> results = new ArrayList<>();
        try {
            for (CommitmentStatus status : List.of(CommitmentStatus.IMPLEMENTED, CommitmentStatus.WITHDRAWN)) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        return as(officer, () -> commitments.addFollowUp(created.id(), created.version(),
                                step(TODAY, status)));
                    } catch (StaleVersionException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
            for (Future<Object> result : results) {
                outcomes.add(result.get(30, TimeUnit.SECONDS));
            }
            assertThat(outcomes).filteredOn(RecordedFollowUp.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(StaleVersionException.class::isInstance).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(as(officer, () -> commitments.followUps(created.id(), 0, 10)).total()).isEqualTo(1);
        assertThat(as(officer, () -> commitments.get(created.id())).version()).isEqualTo(created.version() + 1);
    }

    @Test
    void readOnlyRolesMayReadButNotRecordChangeOrReportSteps() {
        CommitmentView created = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build()));
        assertThat(as(analyst, () -> commitments.get(created.id())).id()).isEqualTo(created.id());
        assertThat(as(analyst, () -> commitments.canCreate())).isFalse();
        assertThat(as(analyst, () -> commitments.canEdit(created))).isFalse();
        assertThatThrownBy(() -> as(analyst, () -> commitments.create(CommitmentMother.pledgeBy(commissioner).build())))
                .isInstanceOf(AccessDeniedToWrite.class);
        assertThatThrownBy(() -> as(analyst, () -> commitments.update(created.id(), created.version(),
                CommitmentMother.pledgeBy(commissioner).build()))).isInstanceOf(AccessDeniedToWrite.class);
        assertThatThrownBy(() -> as(analyst, () -> commitments.addFollowUp(created.id(), created.version(),
                step(TODAY, CommitmentStatus.IN_PROGRESS)))).isInstanceOf(AccessDeniedToWrite.class);
    }

    @Test
    void searchFindsTheWordsInTheirLanguageBySummarySpeakerPrefixAndReferenceWithFilters() {
        CommitmentMother mother = CommitmentMother.pledgeBy(commissioner)
                .text("Публичная демонстрация изображений избитых задержанных является нарушением прав человека",
                        "ru")
                .summary("Эътирофи вайронкунии ҳуқуқ " + CounterpartMother.marker())
                .speaker("Татьяна Москалькова").kind("VIOLATION_ACKNOWLEDGED");
        CommitmentView acknowledged = as(officer, () -> commitments.create(mother.build()));
        CommitmentView other = as(officer, () -> commitments.create(CommitmentMother.pledgeBy(ministry)
                .speaker("Иванов Пётр, заместитель министра").build()));
        for (String query : new String[] { "избитых задержанных", "нарушением", "ИЗБИТЫХ", "демонстр", "вайронкунии",
                "ЭЪТИРОФИ ҳуқуқ", "Москалькова", acknowledged.reference().toLowerCase() }) {
            assertThat(ids(new CommitmentFilter(query, null, null, null))).as(query)
                    .contains(acknowledged.id()).doesNotContain(other.id());
        }
        assertThat(ids(new CommitmentFilter("избитых Zzyzx", null, null, null))).isEmpty();
        assertThat(ids(new CommitmentFilter("избитых", null, "PLEDGE", null))).isEmpty();
        assertThat(ids(new CommitmentFilter("избитых", commissioner, "VIOLATION_ACKNOWLEDGED",
                CommitmentStatus.NO_INFORMATION))).containsExactly(acknowledged.id());
        assertThat(ids(new CommitmentFilter("избитых", ministry, null, null))).isEmpty();

        // without text: from the database, the same filters, newest first
        add(other, LocalDate.of(2025, 1, 2), CommitmentStatus.IN_PROGRESS);
        assertThat(ids(new CommitmentFilter(null, ministry, null, null))).containsExactly(other.id());
        assertThat(ids(new CommitmentFilter(null, null, null, CommitmentStatus.IN_PROGRESS)))
                .containsExactly(other.id());
        assertThat(ids(new CommitmentFilter(null, null, "VIOLATION_ACKNOWLEDGED", null)))
                .containsExactly(acknowledged.id());
        assertThat(ids(CommitmentFilter.none())).containsExactlyInAnyOrder(acknowledged.id(), other.id());
    }

    CommitmentView add(CommitmentView commitment, LocalDate on, CommitmentStatus status) {
        return as(officer, () -> commitments.addFollowUp(commitment.id(), commitment.version(), step(on, status)))
                .commitment();
    }

    List<UUID> ids(CommitmentFilter filter) {
        List<CommitmentView> found = as(officer, () -> filter.searchesText() ? commitments.search(filter, 0, 100).items()
                : commitments.find(filter, null, 100).items());
        return found.stream().map(CommitmentView::id).toList();
    }

    List<String> problems(CommitmentDetails details) {
        try {
            as(officer, () -> commitments.create(details));
        } catch (InvalidInputException e) {
            return fields(e);
        }
        throw new AssertionError("accepted: " + details);
    }

    List<String> followUpProblems(CommitmentView commitment, FollowUpDetails details) {
        try {
            as(officer, () -> commitments.addFollowUp(commitment.id(), commitment.version(), details));
        } catch (InvalidInputException e) {
            return fields(e);
        }
        throw new AssertionError("accepted: " + details);
    }

    static List<String> fields(InvalidInputException e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }
}
