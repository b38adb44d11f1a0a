package org.huquq.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.huquq.people.domain.DuplicateScorer;
import org.huquq.people.matching.PersonName;
import org.huquq.shared.PartialDate;
import org.junit.jupiter.api.Test;

/**
 * A shared name weighs by how many persons of the registry bear it; scoring with a minimum skips the names only when
 * they could not lift a pair to it, and otherwise agrees exactly.
 */
class DuplicateScorerTests {

    /** Bearers of the name in a registry of a million (Каримов Рустам: several hundred). */
    static final DuplicateScorer.NameFrequency COMMON = (a, b) -> 400;
    /** Only the two persons of the pair bear it. */
    static final DuplicateScorer.NameFrequency RARE = (a, b) -> 2;

    static DuplicateScorer.Profile person(String family, String given, String born, Set<String> documents,
            Set<String> contacts) {
        return DuplicateScorer.Profile.of(UUID.randomUUID(), List.of(PersonName.of(family, given, null)),
                born == null ? null : PartialDate.parse(born), documents, contacts, Set.of("TJ"));
    }

    static DuplicateScorer.Profile person(String family, String given, String born) {
        return person(family, given, born, Set.of(), Set.of());
    }

    @Test
    void commonNamesakesBornInACompatibleYearAreNotProposed() {
        DuplicateScorer.Profile a = person("Каримов", "Рустам", "1985");
        DuplicateScorer.Profile b = person("Karimov", "Rustam", "1985-06-02");

        DuplicateScorer.Score score = DuplicateScorer.score(a, b, COMMON);
        assertThat(score.value()).isLessThan(DuplicateScorer.THRESHOLD);
        assertThat(score.reasons()).containsExactly("people.duplicates.reason.sameName",
                "people.duplicates.reason.commonName", "people.duplicates.reason.compatibleBirthDate");
        assertThat(DuplicateScorer.scoreAtLeast(a, b, DuplicateScorer.THRESHOLD, COMMON)).isNull();
    }

    @Test
    void rareNamesakesBornInACompatibleYearAreProposed() {
        // a planted duplicate of the benchmark: a family name no one else has, the year of birth only on both entries
        DuplicateScorer.Profile a = person("Бобозода", "Умед", "1990");
        DuplicateScorer.Profile b = person("Bobozade", "Umed", "1990");

        DuplicateScorer.Score score = DuplicateScorer.score(a, b, RARE);
        assertThat(score.value()).isGreaterThanOrEqualTo(DuplicateScorer.THRESHOLD);
        assertThat(score.reasons()).containsExactly("people.duplicates.reason.sameName",
                "people.duplicates.reason.compatibleBirthDate");
        assertThat(DuplicateScorer.scoreAtLeast(a, b, DuplicateScorer.THRESHOLD, RARE)).isEqualTo(score);
    }

    @Test
    void theSameFullDateOfBirthADocumentOrAFamilyContactLiftsACommonName() {
        DuplicateScorer.Profile a = person("Каримов", "Рустам", "1985-06-02", Set.of("P123"), Set.of("zarina"));
        assertThat(DuplicateScorer.score(a, person("Karimov", "Rustam", "1985-06-02"), COMMON).value())
                .isGreaterThanOrEqualTo(DuplicateScorer.THRESHOLD);
        assertThat(DuplicateScorer.score(a, person("Karimov", "Rustam", "1985", Set.of("P123"), Set.of()), COMMON)
                .value()).isGreaterThanOrEqualTo(DuplicateScorer.THRESHOLD);
        assertThat(DuplicateScorer.score(a, person("Karimov", "Rustam", "1985", Set.of(), Set.of("zarina")), COMMON)
                .value()).isGreaterThanOrEqualTo(DuplicateScorer.THRESHOLD);
        // a document ties the pair whatever the birth dates say, as it did before names were weighed
        DuplicateScorer.Score typo = DuplicateScorer.score(a,
                person("Karimov", "Rustam", "1958", Set.of("P123"), Set.of()), COMMON);
        assertThat(typo.value()).isGreaterThanOrEqualTo(DuplicateScorer.THRESHOLD);
        assertThat(typo.reasons()).contains("people.duplicates.reason.sameDocument",
                "people.duplicates.reason.differentBirthDate").doesNotContain("people.duplicates.reason.commonName");
        // and without any of them, the same pair is not proposed
        assertThat(DuplicateScorer.score(a, person("Karimov", "Rustam", "1985"), COMMON).value())
                .isLessThan(DuplicateScorer.THRESHOLD);
    }

    @Test
    void aNameCountsLessTheMorePersonsBearItAndFullyWhenThatIsNotKnown() {
        DuplicateScorer.Profile a = person("Каримов", "Рустам", "1985");
        DuplicateScorer.Profile b = person("Karimov", "Rustam", "1985");
        double previous = Double.MAX_VALUE;
        for (int bearers : List.of(2, DuplicateScorer.RARE_BEARERS, 8, 16, 30, DuplicateScorer.COMMON_BEARERS, 5000)) {
            double value = DuplicateScorer.score(a, b, (x, y) -> bearers).value();
            assertThat(value).as("%d bearers", bearers).isLessThanOrEqualTo(previous);
            previous = value;
        }
        double full = DuplicateScorer.score(a, b, RARE).value();
        assertThat(DuplicateScorer.score(a, b, (x, y) -> DuplicateScorer.RARE_BEARERS).value()).isEqualTo(full);
        assertThat(DuplicateScorer.score(a, b, (x, y) -> 30).value()).isLessThan(DuplicateScorer.THRESHOLD);
        assertThat(DuplicateScorer.score(a, b, (x, y) -> 5000).value())
                .isEqualTo(DuplicateScorer.score(a, b, COMMON).value());
        // a pair looked at on its own, nothing known of the registry: the name counts fully, as it always did
        assertThat(DuplicateScorer.score(a, b)).isEqualTo(DuplicateScorer.score(a, b, RARE));
        assertThat(DuplicateScorer.score(a, b).value()).isGreaterThanOrEqualTo(DuplicateScorer.THRESHOLD);
    }

    @Test
    void scoringWithAMinimumAgreesWithFullScoring() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/people/name-variants.tsv"),
                StandardCharsets.UTF_8);
        Random random = new Random(11);
        List<DuplicateScorer.Profile> profiles = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            PartialDate birth = switch (random.nextInt(4)) {
                case 0 -> null;
                case 1 -> PartialDate.ofYear(1980 + random.nextInt(3));
                case 2 -> PartialDate.ofMonth(1980 + random.nextInt(3), 1 + random.nextInt(2));
                default -> PartialDate.ofDay(1980 + random.nextInt(3), 1 + random.nextInt(2), 1 + random.nextInt(2));
            };
            Set<String> documents = random.nextInt(3) == 0 ? Set.of("P" + random.nextInt(40)) : Set.of();
            Set<String> nationalities = switch (random.nextInt(3)) {
                case 0 -> Set.of();
                case 1 -> Set.of("TJ");
                default -> Set.of("RU");
            };
            Set<String> contacts = random.nextInt(5) == 0 ? Set.of("c" + random.nextInt(5)) : Set.of();
            profiles.add(DuplicateScorer.Profile.of(UUID.randomUUID(), List.of(PersonName.ofFullForm(line.split("\t")[1])),
                    birth, documents, contacts, nationalities));
        }
        // without frequencies, and with a name borne by a number of persons drawn per pair
        int[] bearers = { 0, 2, DuplicateScorer.RARE_BEARERS, 7, 15, 25, DuplicateScorer.COMMON_BEARERS, 900 };
        for (boolean weighed : List.of(false, true)) {
            int above = 0;
            int skipped = 0;
            int lowered = 0;
            for (int i = 0; i < profiles.size(); i++) {
                for (int j : List.of(i + 1, i + 2, i + 3, random.nextInt(profiles.size()))) {
                    if (j >= profiles.size()) {
                        continue;
                    }
                    int drawn = bearers[random.nextInt(bearers.length)];
                    DuplicateScorer.NameFrequency frequency = weighed ? (a, b) -> drawn
                            : DuplicateScorer.NameFrequency.UNKNOWN;
                    DuplicateScorer.Score full = DuplicateScorer.score(profiles.get(i), profiles.get(j), frequency);
                    DuplicateScorer.Score atLeast = DuplicateScorer.scoreAtLeast(profiles.get(i), profiles.get(j),
                            DuplicateScorer.THRESHOLD, frequency);
                    if (full.value() >= DuplicateScorer.THRESHOLD) {
                        assertThat(atLeast).isEqualTo(full);
                        above++;
                    } else {
                        assertThat(atLeast).isNull();
                        skipped++;
                        lowered += DuplicateScorer.score(profiles.get(i), profiles.get(j)).value()
                                >= DuplicateScorer.THRESHOLD ? 1 : 0;
                    }
                }
            }
            assertThat(above).isGreaterThan(500);
            assertThat(skipped).isGreaterThan(500);
            if (weighed) {
                // some pairs that a fully counted name proposes are not proposed once the name is common
                assertThat(lowered).isGreaterThan(50);
            } else {
                assertThat(lowered).isZero();
            }
        }
    }
}
