package org.huquq.people.matching;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.huquq.people.matching.NameVariantCorpusGenerator.Origin;
import org.huquq.people.matching.NameVariantCorpusGenerator.Person;

/**
 * The round-two corpus of issue 11: persons drawn from the real given names and surname roots of
 * {@link NameVariantCorpusGenerator}, each as written in their own Cyrillic and in the harder spellings of
 * {@link RoundTwoVariants}, one row per variant with its kind. {@code NameMatchingRoundTwoTests} measures recall and
 * precision per kind over it. Run {@link #main(String[])} from the project root to rewrite
 * {@code src/test/resources/people/name-variants-round-two.tsv}; the test fails when the committed file differs.
 */
public final class RoundTwoCorpus {

    static final Path FILE = Path.of("src/test/resources/people/name-variants-round-two.tsv");

    private static final long SEED = 20261207L;

    /** One hard spelling of a set's person. */
    record Row(String setId, String asWritten, RoundTwoVariants.Kind kind, String variant) {
    }

    private RoundTwoCorpus() {
    }

    public static void main(String[] args) throws IOException {
        Files.writeString(FILE, tsv(generate()), StandardCharsets.UTF_8);
    }

    static List<Row> generate() {
        Random random = new Random(SEED);
        NameVariantCorpusGenerator rules = new NameVariantCorpusGenerator(random.nextLong());
        RoundTwoVariants hard = new RoundTwoVariants(random.nextLong());
        Map<Origin, Integer> sets = new LinkedHashMap<>();
        sets.put(Origin.TAJIK, 240);
        sets.put(Origin.UZBEK, 100);
        sets.put(Origin.KYRGYZ, 50);
        sets.put(Origin.RUSSIAN, 60);
        Set<String> used = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (Map.Entry<Origin, Integer> entry : sets.entrySet()) {
            Origin origin = entry.getKey();
            for (int i = 0; i < entry.getValue(); ) {
                boolean female = random.nextInt(3) == 0;
                String given = pick(random, NameVariantCorpusGenerator.givenNames(origin, female));
                String root = pick(random, NameVariantCorpusGenerator.roots(origin));
                if (!used.add(root + "|" + given)) {
                    continue;
                }
                i++;
                number++;
                String father = origin == Origin.RUSSIAN || random.nextInt(10) < 7
                        ? pick(random, NameVariantCorpusGenerator.givenNames(origin, false)) : null;
                Person person = rules.person(origin, female, given, root, father);
                String setId = String.format(Locale.ROOT, "%s-%03d", origin.name().toLowerCase(Locale.ROOT), number);
                String asWritten = NameVariantCorpusGenerator.join(person.family(), person.given(), person.patronymic());
                for (RoundTwoVariants.Variant variant : hard.variantsOf(person)) {
                    rows.add(new Row(setId, asWritten, variant.kind(), variant.fullForm()));
                }
            }
        }
        return rows;
    }

    static String tsv(List<Row> rows) {
        StringBuilder tsv = new StringBuilder("set_id\tas_written\tkind\tvariant\n");
        for (Row row : rows) {
            tsv.append(String.join("\t", row.setId(), row.asWritten(), row.kind().name(), row.variant())).append('\n');
        }
        return tsv.toString();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
