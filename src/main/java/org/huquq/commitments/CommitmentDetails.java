package org.huquq.commitments;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.huquq.shared.Confidentiality;

/**
 * What a user states about a commitment, when recording or changing it. There is no status: it changes only through
 * follow-ups ({@link CommitmentManagement#addFollowUp}).
 *
 * @param kind a term of the {@value CommitmentManagement#KINDS} vocabulary
 * @param madeBy the counterpart that made the commitment, {@code null} for our own institution
 * @param madeByPerson who spoke or signed for it: name and position
 * @param madeTo the counterpart it was made to, {@code null} for our own institution (not both {@code null})
 * @param madeOn when it was made; not in the future
 * @param sourceKind where it was made (letter, call, meeting, visit, public statement)
 * @param sourceId the letter or call record it was made in, when recorded
 * @param sourceReference how to find the source: a registry number, a URL
 * @param text the words as said or written, in their original language
 * @param textLanguage the ISO 639-1 code of that language (ru, tg, en...)
 * @param summary a summary, in any language
 * @param dueOn when it should be kept; not before {@code madeOn}
 */
public record CommitmentDetails(
        @NotBlank(message = "{web.validation.required}") @Size(max = 60, message = "{web.validation.tooLong}") String kind,
        UUID madeBy,
        @Size(max = 300, message = "{web.validation.tooLong}") String madeByPerson,
        UUID madeTo,
        @NotNull(message = "{web.validation.required}") LocalDate madeOn,
        @NotNull(message = "{web.validation.required}") CommitmentSource sourceKind,
        UUID sourceId,
        @Size(max = 300, message = "{web.validation.tooLong}") String sourceReference,
        @NotBlank(message = "{web.validation.required}") @Size(max = 8000, message = "{web.validation.tooLong}") String text,
        @NotBlank(message = "{web.validation.required}") @Pattern(regexp = "[a-z]{2}", message = "{commitments.error.language}") String textLanguage,
        @Size(max = 2000, message = "{web.validation.tooLong}") String summary,
        LocalDate dueOn,
        @NotNull(message = "{web.validation.required}") Confidentiality confidentiality,
        UUID teamId) {
}
