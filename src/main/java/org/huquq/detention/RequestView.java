package org.huquq.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/** A detainee's request as pages and the API show it; its status follows from its steps. */
public record RequestView(UUID id, String reference, UUID personId, String personReference, String personName,
        UUID detentionId, String kind, String askedBy, LocalDate askedOn, RaisedIn raisedIn, UUID sourceId,
        String sourceReference, String words, String wordsLanguage, UUID ownerId, RequestStatus status,
        LocalDate lastStepOn, Confidentiality confidentiality, UUID teamId, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy, long version) {
}
