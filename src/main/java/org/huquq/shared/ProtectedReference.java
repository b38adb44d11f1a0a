package org.huquq.shared;

import java.util.UUID;

/**
 * A record's human reference ({@code OUT-2024-0005}, {@code PER-2024-000123}) with the facts that decide who may read
 * it: what a page naming records of another kind (the audit trail, a list of links) reads in one query, instead of
 * loading each record.
 */
public record ProtectedReference(UUID id, String reference, UUID institutionId, Confidentiality confidentiality,
        UUID teamId) implements Protected {
}
