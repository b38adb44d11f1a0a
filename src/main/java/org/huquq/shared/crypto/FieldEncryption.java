package org.huquq.shared.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Base64;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the most sensitive fields (second-factor secrets; later, interview notes) with Google Tink's AEAD,
 * AES-256-GCM, under a key set kept in a file outside the database ({@code HUQUQ_KEYS_FILE}): a copy of the database
 * alone does not reveal them. The embedded default generates the file on its first start; production profiles
 * refuse to start without one (see docs/adr). Rotation ({@code huquq.keys.rotate=true} at a start) adds a new
 * primary key and keeps the old ones, so what they encrypted still reads; {@code reencrypt} moves a value to the
 * primary key.
 */
@Component
public class FieldEncryption {

    private static final Logger log = LoggerFactory.getLogger(FieldEncryption.class);
    /** Marks an encrypted value; anything else in an encrypted column is from before encryption. */
    static final String PREFIX = "tink:";

    private final KeysetHandle keys;
    private final Aead aead;

    FieldEncryption(@Value("${huquq.keys.file}") Path file, @Value("${huquq.keys.generate:false}") boolean generate,
            @Value("${huquq.keys.rotate:false}") boolean rotate) {
        try {
            AeadConfig.register();
            KeysetHandle loaded = Files.exists(file) ? read(file) : generated(file, generate);
            if (rotate) {
                loaded = KeysetHandle.newBuilder(loaded).addEntry(KeysetHandle
                        .generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM).withRandomId()
                        .makePrimary()).build();
                write(file, loaded);
                log.info("key set {} rotated: {} keys, the new one primary", file, loaded.size());
            }
            this.keys = loaded;
            this.aead = loaded.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key set " + file + " cannot be used: " + e.getMessage(), e);
        }
    }

    /** The value as stored: encrypted under the primary key, bound to {@code field} (a column's name). */
    public String encrypt(String plaintext, String field) {
        if (plaintext == null) {
            return null;
        }
        try {
            return PREFIX + Base64.getEncoder().encodeToString(aead.encrypt(
                    plaintext.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt " + field, e);
        }
    }

    /**
     * The plaintext of a stored value; a value stored before encryption (without the prefix) is returned as it is.
     *
     * @throws IllegalStateException when the value was changed or no key of the key set encrypted it
     */
    public String decrypt(String stored, String field) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            return new String(aead.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())),
                    field.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot decrypt " + field + ": changed, or encrypted under a key that is "
                    + "not in the key set", e);
        }
    }

    /**
     * The value encrypted under the primary key, or {@code null} when it already is: a value from before encryption
     * or from before a rotation, to store again.
     */
    public String reencrypt(String stored, String field) {
        if (stored == null) {
            return null;
        }
        if (stored.startsWith(PREFIX) && primaryEncrypted(stored)) {
            return null;
        }
        return encrypt(decrypt(stored, field), field);
    }

    /** Tink's ciphertexts start with a version byte and the id of the key: the primary's, or an older one's. */
    private boolean primaryEncrypted(String stored) {
        byte[] ciphertext = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        if (ciphertext.length < 5) {
            return false;
        }
        int keyId = ((ciphertext[1] & 0xff) << 24) | ((ciphertext[2] & 0xff) << 16) | ((ciphertext[3] & 0xff) << 8)
                | (ciphertext[4] & 0xff);
        return keyId == keys.getPrimary().getId();
    }

    private static KeysetHandle read(Path file) throws GeneralSecurityException {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        } catch (IOException e) {
            throw new UncheckedIOException("The key set " + file + " cannot be read", e);
        }
    }

    private static KeysetHandle generated(Path file, boolean generate) throws GeneralSecurityException {
        if (!generate) {
            throw new IllegalStateException("No key set at " + file + ". Create it once with huquq.keys.generate=true "
                    + "(HUQUQ_KEYS_GENERATE=true), keep a copy apart from the database backups, and give every node "
                    + "the same file (HUQUQ_KEYS_FILE).");
        }
        KeysetHandle generated = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        write(file, generated);
        log.info("generated the key set {}: keep a copy apart from the database backups", file);
        return generated;
    }

    /** Written whole or not at all, readable by the owner only. */
    private static void write(Path file, KeysetHandle keys) throws GeneralSecurityException {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "keys-", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, TinkJsonProtoKeysetFormat.serializeKeyset(keys, InsecureSecretKeyAccess.get()));
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("The key set " + file + " cannot be written", e);
        }
    }
}
