package org.huquq.detention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.huquq.people.VulnerabilityMarker;
import org.huquq.shared.Confidentiality;

/**
 * A detention record as pages and the API show it, with the facts of its person it is listed by. {@code current} says
 * it is the person's current record: open, and the latest begun of the open ones. {@code sentence} is {@code null}
 * when none is recorded. {@code vulnerabilities} are the person's, recorded and derived from the date of birth today.
 */
public record DetentionView(UUID id, String reference, UUID personId, String personReference, String personName,
        Set<String> nationalities, Set<VulnerabilityMarker> vulnerabilities, UUID placeId, String placeCountry,
        boolean heldAbroad, LocalDate from, LocalDate to, boolean current, String legalStatus, String legalBasis,
        String holdingAuthority, String informationSource, LocalDate informationDate, SentenceView sentence,
        Confidentiality confidentiality, UUID teamId, Instant createdAt, String createdBy, Instant updatedAt,
        String updatedBy, long version) {

    /** What remains of the sentence on {@code on}; {@code null} without a sentence. */
    public RemainingTerm remainingOn(LocalDate on) {
        return sentence == null ? null : sentence.remainingOn(on);
    }

    /**
     * True when the record is still open although its release day has passed by {@code today}: someone must find out
     * whether the person was released or moved. The record is never closed by this alone.
     */
    public boolean needsReview(LocalDate today) {
        return to == null && sentence != null && sentence.releaseOn() != null && sentence.releaseOn().isBefore(today);
    }
}
