package org.huquq.people;

import java.util.UUID;

/** A merge was undone: {@code restoredId} is a person of its own again. */
public record PersonMergeUndone(UUID mergeId, UUID survivorId, UUID restoredId) {
}
