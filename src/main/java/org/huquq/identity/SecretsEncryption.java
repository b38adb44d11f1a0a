package org.huquq.identity;

import java.util.UUID;

import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.shared.crypto.EncryptedText;
import org.huquq.shared.crypto.FieldEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At every start, stores again under the primary key each second-factor secret that is not: those from before
 * encryption, and after a rotation those of older keys. Once it has run, the older keys are needed only for backups
 * made before the rotation.
 */
@Component
@Order(0)
class SecretsEncryption implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SecretsEncryption.class);

    private final UserAccountRepository users;
    private final FieldEncryption encryption;

    SecretsEncryption(UserAccountRepository users, FieldEncryption encryption) {
        this.users = users;
        this.encryption = encryption;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int moved = 0;
        for (Object[] row : users.findStoredTotpSecrets()) {
            UUID id = UUID.fromString((String) row[0]);
            String again = encryption.reencrypt((String) row[1], EncryptedText.FIELD);
            if (again != null) {
                moved += users.storeTotpSecret(id, again);
            }
        }
        if (moved > 0) {
            log.info("encrypted {} second-factor secrets under the primary key", moved);
        }
    }
}
