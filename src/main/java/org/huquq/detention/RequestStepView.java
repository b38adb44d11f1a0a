package org.huquq.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded step of a request; never changed once recorded. */
public record RequestStepView(UUID id, LocalDate on, RequestStatus status, String note, Instant recordedAt,
        String recordedBy) {
}
