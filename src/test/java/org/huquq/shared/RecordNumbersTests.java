package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.time.LocalDate;
import java.util.List;

import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentMother;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationMother;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Persons, institutions, calls and commitments are numbered per institution: one institution's numbers say nothing of
 * another's registrations, and the same number may stand in two institutions for two different records.
 */
@SpringBootTest
class RecordNumbersTests {

    @Autowired
    TestUsers users;

    @Autowired
    PersonManagement persons;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    CommunicationManagement communications;

    @Autowired
    CommitmentManagement commitments;

    @Test
    void anotherInstitutionsRegistrationsLeaveNoGapInOurNumbers() {
        HuquqUser ours = users.user(users.institution(), Role.CASE_OFFICER);
        HuquqUser theirs = users.user(users.institution(), Role.CASE_OFFICER);
        List<String> first = register(ours);
        // the other institution registers three things of each kind between two of ours
        for (int i = 0; i < 3; i++) {
            register(theirs);
        }
        List<String> second = register(ours);
        int year = LocalDate.now().getYear();
        assertThat(first).containsExactly("PER-" + year + "-000001", "INST-000001", "CALL-000001", "CMT-000001");
        assertThat(second).containsExactly("PER-" + year + "-000002", "INST-000002", "CALL-000002", "CMT-000002");
        // the same numbers stand in the other institution for its own records
        assertThat(register(theirs)).containsExactly("PER-" + year + "-000004", "INST-000004", "CALL-000004",
                "CMT-000004");
    }

    @Test
    void aBatchOfPersonsTakesConsecutiveNumbersOfItsInstitution() {
        HuquqUser clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        int year = LocalDate.now().getYear();
        List<String> references = as(clerk, () -> persons.registerAll(List.of(PersonMother.named("Раҳимов", "Ҷамшед")
                .build(), PersonMother.named("Қодирова", "Мавҷуда").build(), PersonMother.named("Ғафуров", "Ӯктам")
                .build()))).stream().map(p -> p.reference()).toList();
        assertThat(references).containsExactly("PER-" + year + "-000001", "PER-" + year + "-000002",
                "PER-" + year + "-000003");
    }

    /** A person, an institution, a call with it and a commitment it made: their references, in that order. */
    private List<String> register(HuquqUser user) {
        return as(user, () -> {
            String person = persons.register(PersonMother.named("Бобозода", "Умед").build()).reference();
            var counterpart = counterparts.create(CounterpartMother.ombudsman().build());
            String call = communications.create(CommunicationMother.call().with(counterpart.id()).build()).reference();
            String commitment = commitments.create(CommitmentMother.pledgeBy(counterpart.id()).build()).reference();
            return List.of(person, counterpart.reference(), call, commitment);
        });
    }
}
