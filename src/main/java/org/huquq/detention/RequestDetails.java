package org.huquq.detention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A detainee's request as typed: whose (a registered person), during which of their detentions when known, its kind
 * (a term of {@link DetaineeRequestManagement#KINDS}), who asked (the person themselves when blank, or a relative, a
 * lawyer), when, where it was raised ({@code sourceId} names a letter or a call; {@code sourceReference} cites anything
 * else), the words as said in their language (ISO 639), and the user who owns its follow-up.
 */
public record RequestDetails(UUID personId, UUID detentionId, String kind, String askedBy, LocalDate askedOn,
        RaisedIn raisedIn, UUID sourceId, String sourceReference, String words, String wordsLanguage, UUID ownerId) {
}
