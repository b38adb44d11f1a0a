package org.huquq.shared;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The text form of a keyset cursor: its parts joined by {@code |}, base64url without padding, so that clients treat it
 * as opaque and it travels in an address unescaped. Decoding is strict: anything that is not a token of exactly the
 * expected parts is an {@link IllegalArgumentException}, which request binding answers as a bad parameter.
 */
final class CursorTokens {

    /** Longer than any cursor we write (a name of a few hundred letters, a date, an id). */
    private static final int MAX_LENGTH = 2_000;

    private CursorTokens() {
    }

    static String encode(String... parts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join("|", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a token; the last part keeps any {@code |} it holds (a name may). */
    static List<String> decode(String token, int parts) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("not a cursor");
        }
        byte[] bytes = Base64.getUrlDecoder().decode(token.strip());
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notText) {
            throw new IllegalArgumentException("not a cursor", notText);
        }
        String[] split = text.split("\\|", parts);
        if (split.length != parts) {
            throw new IllegalArgumentException("not a cursor");
        }
        return List.of(split);
    }
}
