package org.huquq.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The most sensitive fields are encrypted under a key set kept in a file of its own, which can be rotated. */
class FieldEncryptionTests {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @TempDir
    Path directory;

    @Test
    void theEmbeddedDefaultMakesAKeySetReadableByItsOwnerOnlyAndEncryptsUnderIt() throws IOException {
        Path file = directory.resolve("keys.json");
        FieldEncryption encryption = new FieldEncryption(file, true, false);
        assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);

        String stored = encryption.encrypt(SECRET, "totp");
        assertThat(stored).startsWith("tink:").doesNotContain(SECRET).isNotEqualTo(encryption.encrypt(SECRET, "totp"));
        assertThat(encryption.decrypt(stored, "totp")).isEqualTo(SECRET);
        // bound to its field, and to its key set: a copy of the database alone reads nothing
        assertThatThrownBy(() -> encryption.decrypt(stored, "notes")).isInstanceOf(IllegalStateException.class);
        FieldEncryption otherKeys = new FieldEncryption(directory.resolve("other.json"), true, false);
        assertThatThrownBy(() -> otherKeys.decrypt(stored, "totp")).isInstanceOf(IllegalStateException.class);
        // the same file read again is the same key set
        assertThat(new FieldEncryption(file, false, false).decrypt(stored, "totp")).isEqualTo(SECRET);
    }

    @Test
    void withoutAKeySetAProductionStartStopsSayingWhatToDo() {
        Path missing = directory.resolve("keys.json");
        assertThatThrownBy(() -> new FieldEncryption(missing, false, false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(missing.toString())
                .hasMessageContaining("HUQUQ_KEYS_GENERATE=true");
        assertThat(missing).doesNotExist();
    }

    @Test
    void aRotationKeepsOldValuesReadableAndReencryptsThemUnderTheNewKey() {
        Path file = directory.resolve("keys.json");
        FieldEncryption before = new FieldEncryption(file, true, false);
        String old = before.encrypt(SECRET, "totp");
        assertThat(before.reencrypt(old, "totp")).isNull();

        FieldEncryption after = new FieldEncryption(file, false, true);
        assertThat(after.decrypt(old, "totp")).isEqualTo(SECRET);
        String moved = after.reencrypt(old, "totp");
        assertThat(moved).isNotNull().isNotEqualTo(old);
        assertThat(after.decrypt(moved, "totp")).isEqualTo(SECRET);
        assertThat(after.reencrypt(moved, "totp")).isNull();
        // the key set on disk holds both keys: a later start reads values of either
        FieldEncryption restarted = new FieldEncryption(file, false, false);
        assertThat(restarted.decrypt(old, "totp")).isEqualTo(SECRET);
        assertThat(restarted.decrypt(moved, "totp")).isEqualTo(SECRET);
        // the value from before encryption is encrypted when stored again
        assertThat(restarted.decrypt(SECRET, "totp")).isEqualTo(SECRET);
        assertThat(restarted.reencrypt(SECRET, "totp")).startsWith("tink:");
    }
}
