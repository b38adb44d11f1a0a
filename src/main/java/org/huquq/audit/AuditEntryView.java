package org.huquq.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as pages and the API show it. */
public record AuditEntryView(UUID id, long seq, Instant occurredAt, String actor, AuditAction action,
        String objectType, String objectId, AuditOutcome outcome, String detail, String remoteAddress) {
}
