package org.huquq.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/**
 * A commitment as pages and the API show it. {@code status} and {@code lastStepOn} come from its latest-dated
 * follow-up ({@code NO_INFORMATION} and {@code null} before the first).
 */
public record CommitmentView(UUID id, String reference, String kind, UUID madeBy, String madeByPerson, UUID madeTo,
        LocalDate madeOn, CommitmentSource sourceKind, UUID sourceId, String sourceReference, String text,
        String textLanguage, String summary, LocalDate dueOn, CommitmentStatus status, LocalDate lastStepOn,
        Confidentiality confidentiality, UUID teamId, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, long version) {

    /** The date of the last reported step, or when the commitment was made if none was reported. */
    public LocalDate silentSince() {
        return lastStepOn != null ? lastStepOn : madeOn;
    }

    /** Days from {@link #silentSince()} to {@code today}. */
    public long daysWithoutStep(LocalDate today) {
        return ChronoUnit.DAYS.between(silentSince(), today);
    }

    /** Due before {@code today} and not in a final status. */
    public boolean isOverdue(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && !status.isFinal();
    }

    /** The source reference when it is a web address that can be opened as a link. */
    public boolean sourceIsLink() {
        return sourceReference != null
                && (sourceReference.startsWith("https://") || sourceReference.startsWith("http://"));
    }
}
