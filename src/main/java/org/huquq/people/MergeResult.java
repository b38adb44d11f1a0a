package org.huquq.people;

import java.util.UUID;

/** The survivor of a merge and the id with which the merge can be undone. */
public record MergeResult(UUID mergeId, PersonView survivor) {
}
