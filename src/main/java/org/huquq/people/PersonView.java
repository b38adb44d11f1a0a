package org.huquq.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.shared.Confidentiality;
import org.huquq.shared.PartialDate;

/**
 * A person as pages and the API show them, with every name, document and contact. {@code mergedInto} names the
 * person who holds everything after a merge; {@code displayName} is the name to show first: the first current name,
 * else the first recorded.
 */
public record PersonView(UUID id, String reference, String displayName, UUID mergedInto, Sex sex, PartialDate birthDate, Set<String> nationalities,
        Set<String> languages, Set<VulnerabilityMarker> recordedVulnerabilities, String notes,
        Confidentiality confidentiality, UUID teamId, List<NameView> names, List<DocumentView> documents,
        List<ContactView> contacts, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
        long version) {

    public record NameView(UUID id, String family, String given, String patronymic, String fullForm, Script script,
            String language, String source, NameStatus status, Instant recordedAt, String recordedBy) {
    }

    public record DocumentView(UUID id, DocumentType type, String number, String normalizedNumber,
            String issuingCountry, LocalDate issuedOn, LocalDate expiresOn) {
    }

    public record ContactView(UUID id, Relation relation, String name, String phone, String countryCode) {
    }

    /**
     * Recorded vulnerabilities plus those derived from the date of birth on {@code date}: CHILD when the person is
     * certainly under 18 then, ELDERLY when certainly 60 or older (a partial date counts only when every day it may
     * stand for agrees).
     */
    public Set<VulnerabilityMarker> vulnerabilitiesOn(LocalDate date) {
        return VulnerabilityMarker.on(date, recordedVulnerabilities,
                birthDate == null ? null : birthDate.earliestDay(), birthDate == null ? null : birthDate.latestDay());
    }
}
