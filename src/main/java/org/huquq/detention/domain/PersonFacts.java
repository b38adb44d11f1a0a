package org.huquq.detention.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huquq.people.PersonView;
import org.huquq.people.Sex;
import org.huquq.people.VulnerabilityMarker;
import org.huquq.shared.Confidentiality;

/**
 * The facts of a person that the registry's views list and filter detention records and requests by, as copied on
 * their rows: who the person is (number and name), whether they are our national, and what makes them vulnerable;
 * and how confidential they are, which the records share.
 */
public record PersonFacts(String reference, String name, Sex sex, LocalDate bornEarliest, LocalDate bornLatest,
        String nationalities, String vulnerabilities, boolean ourNational, Confidentiality confidentiality,
        UUID teamId) {

    /** The facts of {@code person} for an institution of {@code country}. */
    public static PersonFacts of(PersonView person, String country) {
        String name = person.displayName() == null || person.displayName().isBlank() ? person.reference()
                : person.displayName();
        return new PersonFacts(person.reference(), truncate(name, 600), person.sex(),
                person.birthDate() == null ? null : person.birthDate().earliestDay(),
                person.birthDate() == null ? null : person.birthDate().latestDay(),
                person.nationalities().isEmpty() ? "" : "|" + String.join("|", new TreeSet<>(person.nationalities())) + "|",
                person.recordedVulnerabilities().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                country != null && person.nationalities().contains(country), person.confidentiality(),
                person.teamId());
    }

    /** The nationalities as a set of ISO codes. */
    public static Set<String> nationalities(String copied) {
        return Arrays.stream(copied.split("\\|")).filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The recorded vulnerabilities, and those the date of birth gives on {@code on} (as the people module says). */
    public static Set<VulnerabilityMarker> vulnerabilities(String copied, Sex sex, LocalDate bornEarliest,
            LocalDate bornLatest, LocalDate on) {
        Set<VulnerabilityMarker> recorded = EnumSet.noneOf(VulnerabilityMarker.class);
        Arrays.stream(copied.split(",")).filter(code -> !code.isEmpty()).map(VulnerabilityMarker::valueOf)
                .forEach(recorded::add);
        if (sex == Sex.FEMALE) {
            recorded.add(VulnerabilityMarker.WOMAN);
        }
        return VulnerabilityMarker.on(on, recorded, bornEarliest, bornLatest);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
