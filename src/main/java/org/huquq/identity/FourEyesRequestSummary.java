package org.huquq.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A senior change waiting for a second person, as the approvals page lists it: whether the reader may decide it (as
 * a second person) and whether the reader asked for it (and may withdraw it).
 */
public record FourEyesRequestSummary(UUID id, UUID userId, String username, String displayName, FourEyesKind kind,
        Role role, String requestedBy, Instant requestedAt, boolean mayDecide, boolean mine) {
}
