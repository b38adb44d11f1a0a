package org.huquq.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.DemoInstitutionsCreated.DemoInstitution;
import org.huquq.identity.DemoInstitutionsCreated;
import org.huquq.identity.IdentityManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The demo (loaded at the first start of a test database) holds the story's commitments, each with no step reported.
 * Read through the database, not the search index: on PostgreSQL the demo rows may have been indexed by another test
 * context.
 */
@SpringBootTest
class DemoCommitmentsTests {

    @Autowired
    CommitmentManagement commitments;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    IdentityManagement identity;

    @Autowired
    DemoCommitments demo;

    @Test
    void theCommissionersPledgeAcknowledgementAndCallForAnInvestigationAwaitAStep() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        List<CommitmentView> recorded = identity.runAsSystem(tajik,
                () -> commitments.find(CommitmentFilter.none(), null, 100)).items();
        assertThat(recorded).extracting(CommitmentView::kind)
                .containsExactlyInAnyOrder("PLEDGE", "VIOLATION_ACKNOWLEDGED", "INVESTIGATION");
        CounterpartView commissioner = identity.runAsSystem(tajik, () -> counterparts.get(recorded.get(0).madeBy()));
        assertThat(commissioner.nameRu()).isEqualTo("Уполномоченный по правам человека в Российской Федерации");
        assertThat(recorded).allSatisfy(c -> {
            assertThat(c.madeBy()).isEqualTo(commissioner.id());
            assertThat(c.madeTo()).as("made to the Tajik Ombudsman").isNull();
            assertThat(c.textLanguage()).isEqualTo("ru");
            assertThat(c.summary()).matches("(?s).*[ғӣқӯҳҷ].*").doesNotContainPattern("[A-Za-z]");
            assertThat(c.status()).isEqualTo(CommitmentStatus.NO_INFORMATION);
        });
        assertThat(recorded).filteredOn(c -> c.kind().equals("PLEDGE")).singleElement().satisfies(pledge -> {
            assertThat(pledge.sourceKind()).isEqualTo(CommitmentSource.LETTER);
            assertThat(pledge.text()).contains("на контроле Министерства внутренних дел");
            // made in the Commissioner's answer, as registered by the demo letters, and listed from that letter
            assertThat(pledge.sourceId()).isNotNull();
            assertThat(identity.runAsSystem(tajik, () -> commitments.find(CommitmentFilter.madeIn(pledge.sourceId()),
                    null, 10)).items()).extracting(CommitmentView::id).containsExactly(pledge.id());
        });
        assertThat(recorded).filteredOn(c -> !c.kind().equals("PLEDGE"))
                .allSatisfy(c -> assertThat(c.sourceKind()).isEqualTo(CommitmentSource.CALL));
        NoStepReport silent = identity.runAsSystem(tajik,
                () -> commitments.noStepReported(CommitmentManagement.DEFAULT_SILENCE_DAYS, null, null, 100));
        assertThat(silent.groups()).singleElement().satisfies(group -> {
            assertThat(group.madeBy()).isEqualTo(commissioner.id());
            assertThat(group.commitments()).hasSize(3);
        });

    }

    @Test
    void theCommissionersOfficeHoldsTheSameThreeAsMadeByItselfToTheTajikOmbudsmanInRussian() {
        UUID russian = identity.findInstitutionByCode("ru-commissioner").orElseThrow();
        List<CommitmentView> made = identity.runAsSystem(russian,
                () -> commitments.find(CommitmentFilter.none(), null, 100)).items();
        assertThat(made).extracting(CommitmentView::kind)
                .containsExactlyInAnyOrder("PLEDGE", "VIOLATION_ACKNOWLEDGED", "INVESTIGATION");
        CounterpartView ombudsman = identity.runAsSystem(russian, () -> counterparts.get(made.get(0).madeTo()));
        assertThat(ombudsman.countryCode()).isEqualTo("TJ");
        assertThat(made).allSatisfy(c -> {
            assertThat(c.madeBy()).as("made by her own institution").isNull();
            assertThat(c.madeTo()).isEqualTo(ombudsman.id());
            assertThat(c.summary()).matches("(?s).*[а-яА-Я].*").doesNotContainPattern("[A-Za-z]")
                    .doesNotMatch("(?s).*[ғӣқӯҳҷ].*");
            assertThat(c.status()).isEqualTo(CommitmentStatus.NO_INFORMATION);
        });
        assertThat(made).filteredOn(c -> c.kind().equals("PLEDGE")).singleElement().satisfies(pledge -> {
            assertThat(pledge.sourceKind()).isEqualTo(CommitmentSource.LETTER);
            // made in her own answer, the one letter her office sent
            assertThat(pledge.sourceReference()).isEqualTo("OUT-2024-0001");
        });
    }

    @Test
    void loadingTheDemoAgainAddsNothing() {
        UUID tajik = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        demo.on(new DemoInstitutionsCreated(List.of(new DemoInstitution(tajik, "tj-ombudsman", "TJ", null, null))));
        assertThat(identity.runAsSystem(tajik, () -> commitments.find(CommitmentFilter.none(), null, 100)).total())
                .isEqualTo(3);
    }
}
