package org.huquq.people;

import java.util.UUID;

/** One person was merged into another: references to {@code mergedId} should now point at {@code survivorId}. */
public record PersonsMerged(UUID mergeId, UUID survivorId, UUID mergedId) {
}
