package org.huquq.commitments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.commitments.CommitmentMother.step;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
import org.huquq.support.TestClock;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** "No step reported" on days the test chooses. */
@SpringBootTest
class CommitmentNoStepTests {

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    TestUsers users;

    @Autowired
    TestClock clock;

    HuquqUser officer;
    UUID commissioner;
    UUID ministry;

    CommitmentView silentSinceJanuary;
    CommitmentView inProgressSinceMay;
    CommitmentView implemented;
    CommitmentView exactlyNinetyDays;
    CommitmentView ministrySinceDecember;
    CommitmentView ourRecommendation;

    @BeforeEach
    void story() {
        clock.today(LocalDate.of(2025, 6, 30));
        UUID institution = users.institution();
        officer = users.user(institution, Role.CASE_OFFICER);
        commissioner = as(officer, () -> counterparts.create(CounterpartMother.ombudsman().build())).id();
        ministry = as(officer, () -> counterparts.create(CounterpartMother.ministry().build())).id();
        silentSinceJanuary = create(CommitmentMother.pledgeBy(commissioner).madeOn(LocalDate.of(2025, 1, 1)));
        inProgressSinceMay = step(create(CommitmentMother.pledgeBy(commissioner).madeOn(LocalDate.of(2025, 1, 1))),
                LocalDate.of(2025, 5, 1), CommitmentStatus.IN_PROGRESS);
        implemented = step(create(CommitmentMother.pledgeBy(commissioner).madeOn(LocalDate.of(2025, 1, 1))),
                LocalDate.of(2025, 2, 1), CommitmentStatus.IMPLEMENTED);
        exactlyNinetyDays = create(CommitmentMother.pledgeBy(commissioner).madeOn(LocalDate.of(2025, 4, 1)));
        ministrySinceDecember = create(CommitmentMother.pledgeBy(ministry).madeOn(LocalDate.of(2024, 12, 1)));
        ourRecommendation = create(CommitmentMother.recommendationTo(ministry).madeOn(LocalDate.of(2025, 2, 1)));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void silentCommitmentsAreGroupedByWhoMadeThemTheLongestSilentFirst() {
        NoStepReport report = as(officer, () -> commitments.noStepReported(90, null, null, 25));
        assertThat(report.today()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(report.total()).isEqualTo(3);
        assertThat(report.groups()).extracting(NoStepReport.Group::madeBy)
                .containsExactly(ministry, commissioner, null);
        assertThat(silent(report)).containsExactly(ministrySinceDecember.id(), silentSinceJanuary.id(),
                ourRecommendation.id());
        assertThat(report.groups().get(0).commitments().get(0).daysWithoutStep()).isEqualTo(211);
        assertThat(report.groups().get(1).commitments().get(0).daysWithoutStep()).isEqualTo(180);
        assertThat(report.groups().get(2).commitments().get(0).daysWithoutStep()).isEqualTo(149);
    }

    @Test
    void exactlyNDaysIsNotYetSilentAndALastStepCountsFromItsDate() {
        assertThat(silent(as(officer, () -> commitments.noStepReported(89, null, null, 25))))
                .contains(exactlyNinetyDays.id()).doesNotContain(inProgressSinceMay.id());
        assertThat(silent(as(officer, () -> commitments.noStepReported(59, null, null, 25))))
                .contains(inProgressSinceMay.id(), exactlyNinetyDays.id());
        assertThat(silent(as(officer, () -> commitments.noStepReported(0, null, null, 25))))
                .as("a final status never counts as silent").doesNotContain(implemented.id()).hasSize(5);
    }

    @Test
    void asDaysPassAStepReportedInMayFallsSilentTooAndANewStepEndsTheSilence() {
        clock.today(LocalDate.of(2025, 8, 5));
        assertThat(silent(as(officer, () -> commitments.noStepReported(90, null, null, 25))))
                .as("grouped by who made them, each group in the order of its longest silent")
                .containsExactly(ministrySinceDecember.id(), silentSinceJanuary.id(), exactlyNinetyDays.id(),
                        inProgressSinceMay.id(), ourRecommendation.id());
        step(silentSinceJanuary, LocalDate.of(2025, 8, 1), CommitmentStatus.IN_PROGRESS);
        step(ministrySinceDecember, LocalDate.of(2025, 8, 4), CommitmentStatus.WITHDRAWN);
        assertThat(silent(as(officer, () -> commitments.noStepReported(90, null, null, 25))))
                .containsExactly(ourRecommendation.id(), exactlyNinetyDays.id(), inProgressSinceMay.id());
    }

    @Test
    void oneCounterpartOnly() {
        NoStepReport commissionerOnly = as(officer, () -> commitments.noStepReported(30, commissioner, null, 25));
        assertThat(commissionerOnly.groups()).singleElement()
                .satisfies(g -> assertThat(g.madeBy()).isEqualTo(commissioner));
        assertThat(silent(commissionerOnly)).containsExactly(silentSinceJanuary.id(), exactlyNinetyDays.id(),
                inProgressSinceMay.id());
        assertThatThrownBy(() -> as(officer, () -> commitments.noStepReported(-1, null, null, 2)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keysetPagesShowEachSilentCommitmentOnceWhileOthersAreRecorded() {
        NoStepReport firstPage = as(officer, () -> commitments.noStepReported(0, null, null, 2));
        assertThat(firstPage.total()).isEqualTo(5);
        assertThat(silent(firstPage)).containsExactly(ministrySinceDecember.id(), silentSinceJanuary.id());
        // recorded between two reads: one silent longer than the first page (an offset would now repeat a row), one
        // silent for less time than any, which the last page shows
        create(CommitmentMother.pledgeBy(ministry).madeOn(LocalDate.of(2024, 11, 1)));
        CommitmentView june = create(CommitmentMother.pledgeBy(ministry).madeOn(LocalDate.of(2025, 6, 1)));
        List<UUID> seen = new ArrayList<>(silent(firstPage));
        String next = firstPage.next();
        int pages = 1;
        while (next != null && pages < 10) {
            DateCursor after = DateCursor.valueOf(next);
            NoStepReport page = as(officer, () -> commitments.noStepReported(0, null, after, 2));
            seen.addAll(silent(page));
            next = page.next();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactly(ministrySinceDecember.id(), silentSinceJanuary.id(),
                ourRecommendation.id(), exactlyNinetyDays.id(), inProgressSinceMay.id(), june.id());
    }

    CommitmentView create(CommitmentMother mother) {
        return as(officer, () -> commitments.create(mother.build()));
    }

    CommitmentView step(CommitmentView commitment, LocalDate on, CommitmentStatus status) {
        return as(officer, () -> commitments.addFollowUp(commitment.id(), commitment.version(),
                CommitmentMother.step(on, status))).commitment();
    }

    static List<UUID> silent(NoStepReport report) {
        return report.groups().stream().flatMap(g -> g.commitments().stream()).map(s -> s.commitment().id())
                .toList();
    }
}
