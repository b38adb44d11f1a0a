package org.huquq.people;

import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.shared.Confidentiality;

/**
 * The facts about a person besides names, documents and contacts. {@code birthDate} is a partial date: "1987",
 * "1987-05" or "1987-05-17". Recorded vulnerabilities only: CHILD and ELDERLY are derived, never stored.
 */
public record PersonDetails(
        @NotNull(message = "{web.validation.required}") Sex sex,
        @Size(max = 10, message = "{web.validation.tooLong}") String birthDate,
        Set<String> nationalities,
        Set<String> languages,
        Set<VulnerabilityMarker> vulnerabilities,
        @Size(max = 4000, message = "{web.validation.tooLong}") String notes,
        @NotNull(message = "{web.validation.required}") Confidentiality confidentiality,
        UUID teamId) {

    public PersonDetails {
        nationalities = nationalities == null ? Set.of() : Set.copyOf(nationalities);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
    }
}
