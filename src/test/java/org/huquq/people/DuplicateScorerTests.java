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

/** Scoring with a minimum skips the names only when they could not lift a pair to it, and otherwise agrees exactly. */
class DuplicateScorerTests {

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
        int above = 0;
        int skipped = 0;
        for (int i = 0; i < profiles.size(); i++) {
            for (int j : List.of(i + 1, i + 2, i + 3, random.nextInt(profiles.size()))) {
                if (j >= profiles.size()) {
                    continue;
                }
                DuplicateScorer.Score full = DuplicateScorer.score(profiles.get(i), profiles.get(j));
                DuplicateScorer.Score atLeast = DuplicateScorer.scoreAtLeast(profiles.get(i), profiles.get(j),
                        DuplicateScorer.THRESHOLD);
                if (full.value() >= DuplicateScorer.THRESHOLD) {
                    assertThat(atLeast).isEqualTo(full);
                    above++;
                } else {
                    assertThat(atLeast).isNull();
                    skipped++;
                }
            }
        }
        assertThat(above).isGreaterThan(500);
        assertThat(skipped).isGreaterThan(500);
    }
}
