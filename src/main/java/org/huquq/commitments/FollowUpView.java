package org.huquq.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A recorded follow-up of a commitment. */
public record FollowUpView(UUID id, UUID commitmentId, LocalDate on, CommitmentStatus status, String actionTaken,
        String evidence, CommitmentSource evidenceSourceKind, UUID evidenceSourceId, String evidenceSourceReference,
        Instant recordedAt, String recordedBy) {

    /** The evidence reference when it is a web address that can be opened as a link. */
    public boolean evidenceIsLink() {
        return evidenceSourceReference != null && (evidenceSourceReference.startsWith("https://")
                || evidenceSourceReference.startsWith("http://"));
    }
}
