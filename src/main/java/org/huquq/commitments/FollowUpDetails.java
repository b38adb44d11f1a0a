package org.huquq.commitments;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step reported on a commitment, with its evidence. Once recorded it is never changed.
 *
 * @param on when the step happened (or was reported); not before the commitment was made, not in the future
 * @param status the status the step brings the commitment to (not {@code NO_INFORMATION})
 * @param actionTaken what was done, or that nothing was done
 * @param evidence what shows it: a description of the evidence
 * @param evidenceSourceKind where the evidence comes from, when it is a letter, a call...
 * @param evidenceSourceId the letter or call record of the evidence, when recorded
 * @param evidenceSourceReference how to find the evidence: a registry number, a URL
 */
public record FollowUpDetails(
        @NotNull(message = "{web.validation.required}") LocalDate on,
        @NotNull(message = "{web.validation.required}") CommitmentStatus status,
        @NotBlank(message = "{web.validation.required}") @Size(max = 4000, message = "{web.validation.tooLong}") String actionTaken,
        @NotBlank(message = "{web.validation.required}") @Size(max = 4000, message = "{web.validation.tooLong}") String evidence,
        CommitmentSource evidenceSourceKind,
        UUID evidenceSourceId,
        @Size(max = 300, message = "{web.validation.tooLong}") String evidenceSourceReference) {
}
