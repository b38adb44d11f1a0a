package org.huquq.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.identity.SecondFactor;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A second-factor secret is in the database only encrypted, under the key set outside it; one stored before
 * encryption is encrypted at the next start; and the application reads the secret either way.
 */
@SpringBootTest
class SecondFactorSecretEncryptionTests {

    @Autowired
    TestUsers users;

    @Autowired
    SecondFactor secondFactor;

    @Autowired
    EntityManager entityManager;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationRunner secretsEncryption;

    @Autowired
    UserAccountRepository accounts;

    @Test
    void theDatabaseHoldsOnlyCiphertextAndTheApplicationReadsTheSecret() throws Exception {
        HuquqUser user = users.user(users.institution(), Role.CASE_OFFICER);
        SecondFactor.Enrolment enrolment = secondFactor.propose(user);
        assertThat(TestUsers.as(user, () -> secondFactor.enable(user, enrolment.secret(),
                TotpCodes.now(enrolment.secret())))).isPresent();

        String stored = storedSecret(user.userId());
        assertThat(stored).startsWith("tink:").doesNotContain(enrolment.secret());
        assertThat(readSecret(user.userId())).isEqualTo(enrolment.secret());

        // as a database from before encryption holds it: the next start encrypts it, and it still verifies
        transaction.executeWithoutResult(status -> entityManager.createNativeQuery(
                "update user_account set totp_secret = :plain where id = :id")
                .setParameter("plain", enrolment.secret()).setParameter("id", user.userId()).executeUpdate());
        secretsEncryption.run(new DefaultApplicationArguments());
        assertThat(storedSecret(user.userId())).startsWith("tink:").doesNotContain(enrolment.secret());
        assertThat(readSecret(user.userId())).isEqualTo(enrolment.secret());
    }

    /** The secret as the application reads it, through the entity. */
    private String readSecret(UUID userId) {
        return transaction.execute(status -> accounts.findById(userId).orElseThrow().getTotpSecret());
    }

    private String storedSecret(UUID userId) {
        return (String) entityManager.createNativeQuery("select totp_secret from user_account where id = :id")
                .setParameter("id", userId).getSingleResult();
    }
}
