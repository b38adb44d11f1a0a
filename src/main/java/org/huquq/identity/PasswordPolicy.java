package org.huquq.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What a password chosen by a person must not be (ASVS V6.2.4, NIST SP 800-63B 3.1.1.2): shorter than
 * {@link #MIN_LENGTH} characters, one of the 10,000 most common passwords (the list shipped in
 * {@code identity/common-passwords.txt}, see its NOTICE), also with digits or symbols added before or after, made of
 * the user name, or one character repeated. Nothing else is demanded: no mix of character kinds, no expiry.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS);
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            common = lines.lines().map(PasswordPolicy::normal).filter(line -> !line.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + COMMON_PASSWORDS, e);
        }
    }

    /** Why {@code password} may not be the password of {@code username}; empty when it may. */
    public Optional<PasswordChange> check(String username, String password) {
        String normal = normal(password);
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(PasswordChange.TOO_SHORT);
        }
        if (normal.codePoints().distinct().count() == 1) {
            return Optional.of(PasswordChange.ONE_REPEATED_CHARACTER);
        }
        if (madeOf(normal, normal(username))) {
            return Optional.of(PasswordChange.MADE_OF_USERNAME);
        }
        if (common.contains(normal) || common.contains(normal.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""))) {
            return Optional.of(PasswordChange.COMMON_PASSWORD);
        }
        return Optional.empty();
    }

    /** Whether nothing but digits and symbols is left of the password without the name, forwards or backwards. */
    private static boolean madeOf(String password, String name) {
        if (name.isEmpty()) {
            return false;
        }
        String rest = password.replace(name, "").replace(new StringBuilder(name).reverse(), "");
        return rest.codePoints().noneMatch(Character::isLetter);
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
