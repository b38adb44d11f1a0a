package org.huquq.identity.web;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What an authenticator app would show for a secret, now or some 30-second steps away. */
final class TotpCodes {

    private TotpCodes() {
    }

    static String now(String secret) {
        return at(secret, 0);
    }

    /** A code of the same secret from long ago: well-formed, but no longer valid. */
    static String expired(String secret) {
        return at(secret, -100);
    }

    private static String at(String secret, long stepsFromNow) {
        try {
            return new DefaultCodeGenerator().generate(secret,
                    Math.floorDiv(Instant.now().getEpochSecond(), 30) + stepsFromNow);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
