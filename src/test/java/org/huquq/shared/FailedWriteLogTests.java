package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.people.domain.DuplicateCandidate;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A write the database refuses leaves no value of the row in the log, on either stack: H2 quotes the value of a too
 * long text in its message, PostgreSQL's driver the whole insert of a failed batch entry, and Hibernate logs that
 * message; the names of detainees and witnesses would end up in log files that nobody protects like the database.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class FailedWriteLogTests {

    @Autowired
    TestUsers users;

    @Autowired
    PersonManagement persons;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aRefusedBatchInsertLogsNoValueOfItsRows(CapturedOutput output) {
        HuquqUser clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        UUID a = as(clerk, () -> persons.register(PersonMother.named("Раҳимова", "Зарина").build())).id();
        UUID b = as(clerk, () -> persons.register(PersonMother.named("Рахимова", "Зарина").build())).id();
        // H2 writes letters beyond ASCII as escapes (U&'\0417...'): the Latin spelling shows a leak there too
        String personal = "Zarina Rahimova, Зарина Раҳимова, шоҳид " + UUID.randomUUID();
        int before = output.getAll().length();

        // a text longer than its column, in a JDBC batch of two rows
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            entityManager.persist(new DuplicateCandidate(clerk.institutionId(), a, b, 0.9, personal.repeat(30)));
            entityManager.persist(new DuplicateCandidate(clerk.institutionId(), b, a, 0.9, personal));
            entityManager.flush();
        })).isInstanceOf(RuntimeException.class);

        assertThat(output.getAll().substring(before)).doesNotContain("Zarina Rahimova", "Зарина Раҳимова");
    }
}
