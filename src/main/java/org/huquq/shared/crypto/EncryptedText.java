package org.huquq.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted ({@link FieldEncryption}): {@code @Convert(converter = EncryptedText.class)}. The
 * entity holds the plaintext; the column only ciphertext, which needs some 90 characters for a 32-character value.
 */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    /** The associated data of every value this converter stores. */
    public static final String FIELD = "huquq-encrypted-text";

    private final FieldEncryption encryption;

    EncryptedText(FieldEncryption encryption) {
        this.encryption = encryption;
    }

    @Override
    public String convertToDatabaseColumn(String plaintext) {
        return encryption.encrypt(plaintext, FIELD);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return encryption.decrypt(stored, FIELD);
    }
}
