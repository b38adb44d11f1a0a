package org.huquq.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huquq.people.domain.DuplicateDetector;
import org.huquq.people.matching.PersonName;
import org.huquq.shared.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * Detection over a registry weighs a shared name by how many of its persons bear it: the same name and year of birth
 * make a candidate when few bear the name, not when many do.
 */
class DuplicateDetectorTests {

    private final DuplicateDetector.Registry registry = new DuplicateDetector.Registry();

    private UUID add(String fullForm, String born, Set<String> contacts) {
        UUID id = UUID.randomUUID();
        registry.add(id, PartialDate.parse(born), List.of(PersonName.ofFullForm(fullForm)), Set.of(), contacts,
                Set.of("TJ"));
        return id;
    }

    private UUID add(String fullForm, String born) {
        return add(fullForm, born, Set.of());
    }

    /** The reasons of each pair found, by the pair's persons. */
    private Map<Set<UUID>, List<String>> find() {
        return registry.find(Set.of()).stream()
                .collect(Collectors.toMap(f -> Set.of(f.personA(), f.personB()), f -> f.score().reasons()));
    }

    @Test
    void namesakesOfACommonNameBornInOneYearAreNotProposedUnlessMoreAgrees() {
        // 45 bearers of one name, three born in each of 15 years, written in two scripts
        List<UUID> common = new ArrayList<>();
        for (int k = 0; k < 45; k++) {
            common.add(add(k % 2 == 0 ? "Каримов Рустам" : "KARIMOV RUSTAM", String.valueOf(1980 + k % 15)));
        }
        UUID sameDayA = add("Каримов Рустам", "1985-06-02");
        UUID sameDayB = add("Karimov Rustam", "1985-06-02");
        UUID contactA = add("Каримов Рустам", "1979", Set.of("Каримова Зарина"));
        UUID contactB = add("Karimov Rustam", "1979", Set.of("Karimova Zarina"));
        UUID rareA = add("Бобозода Умед", "1990");
        UUID rareB = add("Bobozade Umed", "1990");
        // many other names borne by two persons each, born decades apart: many blocks to look a name up among
        String[] syllables = { "бах", "дил", "зар", "кам", "лут", "мир", "нур", "сан", "тол", "фар", "хол", "шер" };
        for (String first : syllables) {
            for (String second : syllables) {
                add(first + second + "ов " + second + first, "1950");
                add(first + second + "ов " + second + first, "2000");
            }
        }

        Map<Set<UUID>, List<String>> found = find();

        assertThat(found.keySet()).noneMatch(pair -> common.containsAll(pair));
        assertThat(found.get(Set.of(sameDayA, sameDayB))).containsExactly("people.duplicates.reason.sameName",
                "people.duplicates.reason.commonName", "people.duplicates.reason.sameBirthDate");
        assertThat(found.get(Set.of(contactA, contactB))).contains("people.duplicates.reason.commonName",
                "people.duplicates.reason.sameContact");
        assertThat(found.get(Set.of(rareA, rareB))).containsExactly("people.duplicates.reason.sameName",
                "people.duplicates.reason.compatibleBirthDate");
        // a year-only namesake of the common name with a full date in 1985 is one of the 45, and is not proposed
        assertThat(found.keySet()).noneMatch(pair -> pair.contains(sameDayA) && !pair.contains(sameDayB));
    }

    @Test
    void theSameNameBorneByFewIsProposedWithTheYearAlone() {
        UUID a = add("Каримов Рустам", "1985");
        UUID b = add("KARIMOV RUSTAM", "1985");
        add("Каримов Рустам", "1962");

        assertThat(find()).containsOnlyKeys(Set.of(a, b)).containsEntry(Set.of(a, b),
                List.of("people.duplicates.reason.sameName", "people.duplicates.reason.compatibleBirthDate"));
    }
}
