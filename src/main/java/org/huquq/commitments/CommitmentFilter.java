package org.huquq.commitments;

import java.util.UUID;

/**
 * Criteria of the commitment list: free text over the words, the summary, the speaker and the source reference (or
 * the commitment's reference); exact filters by the counterpart that made it, kind and status. Null or blank values
 * do not filter.
 */
public record CommitmentFilter(String text, UUID madeBy, String kind, CommitmentStatus status) {

    public static CommitmentFilter none() {
        return new CommitmentFilter(null, null, null, null);
    }

    boolean hasText() {
        return text != null && !text.isBlank();
    }
}
