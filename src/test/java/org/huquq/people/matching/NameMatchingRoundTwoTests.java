package org.huquq.people.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.huquq.people.matching.RoundTwoCorpus.Row;
import org.huquq.people.matching.RoundTwoVariants.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NameSimilarity} over the round-two corpus of issue 11 ({@code name-variants-round-two.tsv}, written by
 * {@link RoundTwoCorpus}), kind by kind: each hard spelling against the name as written must be at least a possible
 * match (recall), and against the names of {@value #OTHERS} other persons never the same (precision of SAME). A near
 * miss (the given name two edits off) is another given name to the similarity, as it should be: the people search finds
 * it by partial credit instead, so it has no recall bar here.
 */
class NameMatchingRoundTwoTests {

    static final int OTHERS = 40;

    /**
     * Recall bars per kind, under the measured figures (docs/people-matching.md): what the similarity alone gives,
     * before the search's alternative readings, consonant tokens and partial credit. Two perturbations inside one word
     * (a typo in a digraph, a typo on top of another rendering) are what it still misses most.
     */
    private static final Map<Kind, Double> MIN_RECALL = Map.of(Kind.PERSO_ARABIC, 0.96, Kind.FIRST_LETTER, 0.99,
            Kind.OCR, 0.99, Kind.SOVIET_FORM, 0.99, Kind.STACKED, 0.94, Kind.DIGRAPH_TYPO, 0.84, Kind.SHORT_WORD_TYPO,
            0.95, Kind.UZBEK_NO_APOSTROPHE, 0.99, Kind.PATRONYMIC_WORD, 0.99);
    private static final double MIN_PRECISION_SAME = 0.999;

    private static final List<Row> rows = new ArrayList<>();

    @BeforeAll
    static void readCorpus() throws IOException {
        List<String> lines = Files.readAllLines(RoundTwoCorpus.FILE, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[1], Kind.valueOf(cells[2]), cells[3]));
        }
    }

    @Test
    void committedCorpusIsWhatTheGeneratorWrites() throws IOException {
        assertThat(Files.readString(RoundTwoCorpus.FILE, StandardCharsets.UTF_8))
                .isEqualTo(RoundTwoCorpus.tsv(RoundTwoCorpus.generate()));
    }

    @Test
    void everyKindHasItsRows() {
        for (Kind kind : Kind.values()) {
            assertThat(rows.stream().filter(row -> row.kind() == kind).count()).as(kind.label()).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void everyKindIsFoundAsAPossibleMatchAndNeverTakenForAnotherPerson() {
        Map<Kind, int[]> counts = new EnumMap<>(Kind.class);
        Random random = new Random(20261207L);
        List<String> names = rows.stream().map(Row::asWritten).distinct().toList();
        List<String> misses = new ArrayList<>();
        for (Row row : rows) {
            // [variants, at least POSSIBLE, SAME, SAME with another person]
            int[] count = counts.computeIfAbsent(row.kind(), k -> new int[4]);
            MatchLevel level = level(row.asWritten(), row.variant());
            count[0]++;
            count[1] += level.compareTo(MatchLevel.POSSIBLE) >= 0 ? 1 : 0;
            count[2] += level == MatchLevel.SAME ? 1 : 0;
            if (level == MatchLevel.DIFFERENT && row.kind() != Kind.NEAR_MISS && misses.size() < 40) {
                misses.add(row.kind() + ": " + row.asWritten() + " / " + row.variant());
            }
            for (int i = 0; i < OTHERS; i++) {
                String other = names.get(random.nextInt(names.size()));
                if (!other.equals(row.asWritten()) && level(other, row.variant()) == MatchLevel.SAME) {
                    count[3]++;
                    misses.add("taken for another: " + other + " / " + row.variant());
                }
            }
        }
        System.out.println("| kind | variants | at least POSSIBLE | SAME | SAME with another person |");
        System.out.println("|---|---|---|---|---|");
        counts.forEach((kind, count) -> System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %d of %d |%n",
                kind.label(), count[0], (double) count[1] / count[0], (double) count[2] / count[0], count[3],
                count[0] * OTHERS));
        misses.forEach(System.out::println);
        counts.forEach((kind, count) -> {
            if (kind != Kind.NEAR_MISS) {
                assertThat((double) count[1] / count[0]).as("recall of " + kind.label())
                        .isGreaterThanOrEqualTo(MIN_RECALL.get(kind));
            }
            double precision = count[2] == 0 ? 1 : (double) count[2] / (count[2] + count[3]);
            assertThat(precision).as("precision of SAME, " + kind.label()).isGreaterThanOrEqualTo(MIN_PRECISION_SAME);
        });
    }

    private static MatchLevel level(String a, String b) {
        return NameSimilarity.compare(PersonName.ofFullForm(a), PersonName.ofFullForm(b)).level();
    }
}
