package org.huquq.detention;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The facts of a detention record as typed: who (a registered person), where (a registered place), from when and until
 * when ({@code to} is {@code null} while the person is held there), the legal status (a term of
 * {@link DetentionManagement#LEGAL_STATUSES}), its legal basis, the authority holding the person, where the
 * information came from and its date, and the sentence when one is known ({@code null} otherwise). The record is as
 * confidential as its person: it has no level of its own.
 */
public record DetentionDetails(UUID personId, UUID placeId, LocalDate from, LocalDate to, String legalStatus,
        String legalBasis, String holdingAuthority, String informationSource, LocalDate informationDate,
        SentenceDetails sentence) {
}
