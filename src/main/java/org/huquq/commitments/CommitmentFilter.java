package org.huquq.commitments;

import java.util.UUID;

/**
 * Criteria of the commitment list: free text over the words, the summary, the speaker and the source reference (or
 * the commitment's reference); exact filters by the counterpart that made it, kind, status and the letter or call
 * it was made in (its source id). Null or blank values
 * do not filter.
 */
public record CommitmentFilter(String text, UUID madeBy, String kind, CommitmentStatus status, UUID sourceId) {

    public CommitmentFilter(String text, UUID madeBy, String kind, CommitmentStatus status) {
        this(text, madeBy, kind, status, null);
    }

    public static CommitmentFilter none() {
        return new CommitmentFilter(null, null, null, null);
    }

    /** The commitments made in one letter or call. */
    public static CommitmentFilter madeIn(UUID sourceId) {
        return new CommitmentFilter(null, null, null, null, sourceId);
    }

    /**
     * Whether the filter searches text, which {@link CommitmentManagement#search} ranks by relevance: the commitments
     * of one source are few, and listed without reading the text.
     */
    public boolean searchesText() {
        return text != null && !text.isBlank() && sourceId == null;
    }
}
