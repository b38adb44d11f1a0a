package org.huquq.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.huquq.people.DocumentType;
import org.huquq.people.NameStatus;
import org.huquq.people.NewDocument;
import org.huquq.people.NewName;
import org.huquq.people.PersonDetails;
import org.huquq.people.RegisterPerson;
import org.huquq.people.Sex;
import org.huquq.people.matching.NameFolding;
import org.huquq.people.matching.NameVariantCorpusGenerator;
import org.huquq.people.matching.NameVariantCorpusGenerator.Origin;
import org.huquq.people.matching.NameVariantCorpusGenerator.Row;
import org.huquq.people.matching.RoundTwoVariants;
import org.huquq.shared.Confidentiality;

/**
 * N persons for the people benchmark, reproducible from a seed: person {@code i} depends only on the seed and
 * {@code i}, so the benchmark streams them in batches and never holds the registry in memory.
 *
 * <p>Names come from the rules of {@link NameVariantCorpusGenerator} (Tajik, Uzbek, Kyrgyz and Russian names in their
 * own Cyrillic, the Russian rendering, passport and informal Latin); every person is stored under two to four of
 * those variants, with a partial birth date, nationalities, languages and usually a passport.
 *
 * <p>Planted at known places: {@link #targets()} persons whose family name is built on a root that no other person
 * has (so a query for it has an exact answer even among a million namesakes of the common roots); every other target
 * is entered a second time, far away in the load order, under other spellings only (a Russian court record: Russian
 * Cyrillic and ICAO Latin), which is a planted duplicate. {@link #queries()} are spellings of the targets drawn anew
 * from the same rules (other informal choices, typos, look-alikes, legacy fonts, invisible characters) as full
 * names and as the family name alone; each knows the person(s) it must find. Given-name-only queries have no
 * single right answer (thousands share a given name) and are kept for latency only.
 */
public final class PersonGenerator {

    /** What a planted query asks for. */
    public enum Kind { FULL_NAME, FAMILY_NAME, GIVEN_NAME, ROUND_TWO }

    /**
     * A query typed by a caller, and the generator indices of the persons it must find in the top ten (none for
     * {@link Kind#GIVEN_NAME}, which is measured for latency only).
     */
    public record PlantedQuery(String text, Kind kind, String script, String note, List<Integer> targets) {
    }

    /** Person {@code index}: the command that registers it, and the full forms of its names as written. */
    public record Generated(int index, RegisterPerson command, List<String> fullForms) {
    }

    private static final Origin[] ORIGINS = Origin.values();
    /** Share of each people, in tenths: Tajik 5, Uzbek 2, Kyrgyz 1.5, Russian 1.5 (by twentieths below). */
    private static final int[] ORIGIN_TWENTIETHS = { 10, 4, 3, 3 };

    /** Peoples of the targets in turn: half Tajik, every people among the first ten. */
    private static final Origin[] TARGET_ORIGINS = { Origin.TAJIK, Origin.UZBEK, Origin.TAJIK, Origin.KYRGYZ,
            Origin.TAJIK, Origin.RUSSIAN, Origin.TAJIK, Origin.UZBEK, Origin.TAJIK, Origin.RUSSIAN };

    /** Syllables of the planted roots: Tajik letters included, so cross-script rules are exercised. */
    private static final List<String> ONSETS = List.of("Ҷам", "Ҳай", "Қод", "Ғаф", "Нур", "Дав", "Зар", "Шер", "Бах",
            "Мир", "Тол", "Фар", "Руз", "Хол", "Сан", "Гул", "Кам", "Беҳ", "Ёр", "Таш", "Пул", "Вах", "Ҷур", "Лут",
            "Рах", "Сеф", "Жан", "Мух", "Бур", "Дил", "Кор", "Чор", "Шоҳ", "Қаҳ", "Ҳам", "Зуб");
    private static final List<String> CODAS = List.of("нав", "мат", "бек", "дор", "рон", "луд", "саф", "ҷон", "қул",
            "ғор", "ҳид", "тал", "руб", "нис", "вар", "лим", "зод", "пар", "кан", "тур", "шод", "мон", "ган", "хос");

    private final long seed;
    private final int count;
    private final int targets;
    private final int stride;
    private final List<String> plantedRoots;

    /**
     * @param seed  everything follows from it
     * @param count N, the number of persons (at least 100)
     */
    public PersonGenerator(long seed, int count) {
        if (count < 100) {
            throw new IllegalArgumentException("at least 100 persons");
        }
        this.seed = seed;
        this.count = count;
        this.targets = Math.max(10, Math.min(600, count / 100));
        this.stride = count / targets;
        this.plantedRoots = plantedRoots(new Random(seed), targets);
    }

    public int count() {
        return count;
    }

    /** How many persons have a planted, uniquely rooted family name. */
    public int targets() {
        return targets;
    }

    /** Where target {@code t} is in the load order. */
    public int targetIndex(int t) {
        return t * stride + stride / 4;
    }

    /** Whether target {@code t} is entered twice. */
    public boolean hasDuplicate(int t) {
        return t % 2 == 0;
    }

    /** Where the second entry of target {@code t} is: half the registry later (or earlier). */
    public int duplicateIndex(int t) {
        return ((t + targets / 2) % targets) * stride + 3 * stride / 4;
    }

    /** The planted duplicates as pairs of indices, first entry first. */
    public List<int[]> duplicatePairs() {
        List<int[]> pairs = new ArrayList<>();
        for (int t = 0; t < targets; t += 2) {
            pairs.add(new int[] { targetIndex(t), duplicateIndex(t) });
        }
        return pairs;
    }

    /** The persons of indices {@code from} (inclusive) to {@code to} (exclusive). */
    public List<Generated> batch(int from, int to) {
        List<Generated> batch = new ArrayList<>(to - from);
        for (int i = from; i < Math.min(to, count); i++) {
            batch.add(person(i));
        }
        return batch;
    }

    /** Person {@code index}, the same on every call. */
    public Generated person(int index) {
        int target = plantedAt(index);
        if (target >= 0) {
            return planted(index, target);
        }
        Random random = new Random(mix(seed, index));
        NameVariantCorpusGenerator rules = new NameVariantCorpusGenerator(random.nextLong());
        Origin origin = origin(random);
        boolean female = random.nextInt(3) == 0;
        String given = pick(random, NameVariantCorpusGenerator.givenNames(origin, female));
        String root = pick(random, NameVariantCorpusGenerator.roots(origin));
        String father = origin == Origin.RUSSIAN || random.nextInt(10) < 7
                ? pick(random, NameVariantCorpusGenerator.givenNames(origin, false)) : null;
        NameVariantCorpusGenerator.Person core = rules.person(origin, female, given, root, father);
        List<Row> rows = clean(rules.variantsOf(core));
        List<Row> stored = new ArrayList<>();
        stored.add(rows.get(0));
        List<Row> others = new ArrayList<>(rows.subList(1, rows.size()));
        int more = 1 + random.nextInt(3);
        for (int k = 0; k < more && !others.isEmpty(); k++) {
            stored.add(others.remove(random.nextInt(others.size())));
        }
        return generated(index, core, stored, random, false);
    }

    /**
     * The planted queries, in a fixed order: for every target, full names and family names in every script the
     * rules write, and one given name (latency only).
     */
    public List<PlantedQuery> queries() {
        List<PlantedQuery> queries = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            Random random = new Random(mix(seed ^ 0x5EA2C4L, t));
            NameVariantCorpusGenerator rules = new NameVariantCorpusGenerator(random.nextLong());
            NameVariantCorpusGenerator.Person core = core(t);
            List<Integer> expected = hasDuplicate(t) ? List.of(targetIndex(t), duplicateIndex(t))
                    : List.of(targetIndex(t));
            Set<String> asked = new HashSet<>(person(targetIndex(t)).fullForms());
            for (Row row : rules.variantsOf(core)) {
                if (asked.add(row.fullForm())) {
                    queries.add(new PlantedQuery(row.fullForm(), Kind.FULL_NAME, row.script(), row.note(), expected));
                }
            }
            NameVariantCorpusGenerator.Person family = new NameVariantCorpusGenerator.Person(core.origin(),
                    core.female(), core.family(), "", null, core.root(), core.form());
            for (Row row : rules.variantsOf(family)) {
                if (asked.add(row.fullForm())) {
                    queries.add(new PlantedQuery(row.fullForm(), Kind.FAMILY_NAME, row.script(), row.note(), expected));
                }
            }
            if (t % 3 == 0) {
                queries.add(new PlantedQuery(core.given(), Kind.GIVEN_NAME, "native-cyrillic", "given name alone",
                        List.of()));
            }
        }
        return queries;
    }

    /**
     * The harder spellings of issue 11 ({@link RoundTwoVariants}) of every target, of kind {@link Kind#ROUND_TWO}
     * with the variant's kind as the note: Persian script, another first letter, OCR, Soviet-era forms, stacked
     * changes, digraph and short-word typos, Uzbek Latin without apostrophes, patronymic words, near misses.
     */
    public List<PlantedQuery> roundTwoQueries() {
        List<PlantedQuery> queries = new ArrayList<>();
        for (int t = 0; t < targets; t++) {
            RoundTwoVariants variants = new RoundTwoVariants(mix(seed ^ 0x11D2L, t));
            List<Integer> expected = hasDuplicate(t) ? List.of(targetIndex(t), duplicateIndex(t))
                    : List.of(targetIndex(t));
            for (RoundTwoVariants.Variant variant : variants.variantsOf(core(t))) {
                queries.add(new PlantedQuery(variant.fullForm(), Kind.ROUND_TWO, "round two", variant.kind().label(),
                        expected));
            }
        }
        return queries;
    }

    private Generated planted(int index, int t) {
        boolean duplicate = index != targetIndex(t);
        Random random = new Random(mix(seed, index));
        NameVariantCorpusGenerator rules = new NameVariantCorpusGenerator(random.nextLong());
        NameVariantCorpusGenerator.Person core = core(t);
        List<Row> rows = clean(rules.variantsOf(core));
        List<Row> stored = new ArrayList<>();
        if (duplicate) {
            // a Russian court record: the Russian rendering and the ICAO Latin of it, nothing in the person's own script
            rows.stream().filter(r -> r.note().startsWith("Russian rendering") || r.note().startsWith("ICAO"))
                    .limit(2).forEach(stored::add);
            if (stored.isEmpty()) {
                stored.add(rows.get(0));
            }
        } else {
            stored.add(rows.get(0));
            rows.stream().filter(r -> r.note().equals("passport") || r.note().startsWith("national passport")
                    || r.note().startsWith("ICAO 9303 passport")).limit(1).forEach(stored::add);
        }
        return generated(index, core, stored, random, duplicate);
    }

    /** The identity of target {@code t}: the same for its first and second entry and for its queries. */
    private NameVariantCorpusGenerator.Person core(int t) {
        Random random = new Random(mix(seed ^ 0x7A46E7L, t));
        NameVariantCorpusGenerator rules = new NameVariantCorpusGenerator(random.nextLong());
        Origin origin = TARGET_ORIGINS[t % TARGET_ORIGINS.length];
        boolean female = random.nextInt(3) == 0;
        String given = pick(random, NameVariantCorpusGenerator.givenNames(origin, female));
        String father = origin == Origin.RUSSIAN || random.nextInt(10) < 7
                ? pick(random, NameVariantCorpusGenerator.givenNames(origin, false)) : null;
        return rules.person(origin, female, given, written(plantedRoots.get(t), origin), father);
    }

    /** A planted root as a people writes it: other peoples write their own letters, not Tajik ones. */
    private static String written(String root, Origin origin) {
        if (origin == Origin.TAJIK) {
            return root;
        }
        String own = root.replace('ҷ', 'ж').replace('Ҷ', 'Ж').replace('ӯ', 'у');
        if (origin == Origin.UZBEK) {
            return own; // Uzbek keeps ҳ қ ғ
        }
        return own.replace('ҳ', 'х').replace('Ҳ', 'Х').replace('қ', 'к').replace('Қ', 'К').replace('ғ', 'г')
                .replace('Ғ', 'Г');
    }

    /**
     * The root of a word as blocking and name matching see it (Дилшод, Дилшодов and Дилшодович share
     * {@code dilshod}).
     */
    private static String matchingRoot(String word) {
        return NameFolding.root(NameFolding.fold(word));
    }

    private Generated generated(int index, NameVariantCorpusGenerator.Person core, List<Row> stored, Random random,
            boolean secondEntry) {
        List<NewName> names = new ArrayList<>();
        List<String> fullForms = new ArrayList<>();
        for (int k = 0; k < stored.size(); k++) {
            Row row = stored.get(k);
            boolean parts = k == 0 && !secondEntry;
            names.add(new NewName(parts ? core.family() : null, parts ? core.given() : null,
                    parts ? core.patronymic() : null, row.fullForm(), language(row), row.note(), NameStatus.CURRENT));
            fullForms.add(row.fullForm());
        }
        String nationality = switch (core.origin()) {
            case TAJIK -> "TJ";
            case UZBEK -> "UZ";
            case KYRGYZ -> "KG";
            case RUSSIAN -> "RU";
        };
        Set<String> nationalities = new LinkedHashSet<>(List.of(nationality));
        if (core.origin() != Origin.RUSSIAN && random.nextInt(20) == 0) {
            nationalities.add("RU");
        }
        int year = 1950 + random.nextInt(58);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        int precision = secondEntry ? 0 : random.nextInt(10);
        String birthDate = precision < 3 ? String.valueOf(year)
                : precision < 6 ? String.format(Locale.ROOT, "%d-%02d", year, month)
                        : String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
        List<NewDocument> documents = new ArrayList<>();
        if (random.nextInt(10) < 7) {
            String number = String.format(Locale.ROOT, "%s%08d", nationality.substring(0, 1), index);
            LocalDate issued = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3650));
            documents.add(new NewDocument(DocumentType.PASSPORT, number, nationality, issued, issued.plusYears(10)));
        }
        PersonDetails details = new PersonDetails(core.female() ? Sex.FEMALE : Sex.MALE, birthDate, nationalities,
                language(stored.get(0)) == null ? Set.of() : Set.of(language(stored.get(0))), Set.of(), null,
                random.nextInt(10) == 0 ? Confidentiality.PUBLIC : Confidentiality.INTERNAL, null);
        return new Generated(index, new RegisterPerson(details, names, documents, List.of()), fullForms);
    }

    /** Only the variants a clerk would store: perturbed ones (typos, look-alikes, invisible characters) are queries. */
    private static List<Row> clean(List<Row> rows) {
        List<Row> clean = new ArrayList<>();
        for (Row row : rows) {
            String note = row.note();
            if (Arrays.stream(NameFolding.clean(row.fullForm()).split(" ")).anyMatch(NameFolding::hasMixedScripts)) {
                continue; // the service refuses it; a caller may still type it, so the queries keep such spellings
            }
            if (note.startsWith("as written") || note.startsWith("given name first") || note.startsWith("Russian rendering")
                    || note.contains("passport") || note.equals("informal Latin, given first")) {
                clean.add(row);
            }
        }
        return clean;
    }

    private static String language(Row row) {
        return row.language().length() <= 3 ? row.language() : null;
    }

    private int plantedAt(int index) {
        int t = index / stride;
        if (t < targets && targetIndex(t) == index) {
            return t;
        }
        int slot = index / stride;
        if (slot < targets && index == slot * stride + 3 * stride / 4) {
            int owner = Math.floorMod(slot - targets / 2, targets);
            if (hasDuplicate(owner) && duplicateIndex(owner) == index) {
                return owner;
            }
        }
        return -1;
    }

    /**
     * Roots no common root folds to, and no two alike after folding (nor within one letter of each other); then none
     * that shares its matching root with a given name (Дил + шод is Дилшод, a common given name, so a family name on
     * it is not unique: such a root is drawn again, after all the others, so that every other target keeps its root).
     */
    private static List<String> plantedRoots(Random random, int targets) {
        List<String> roots = drawRoots(random, targets, new ArrayList<>());
        Set<String> givenRoots = new HashSet<>();
        for (Origin origin : ORIGINS) {
            for (boolean female : List.of(false, true)) {
                for (String given : NameVariantCorpusGenerator.givenNames(origin, female)) {
                    givenRoots.add(matchingRoot(given));
                }
            }
        }
        for (int t = 0; t < roots.size(); t++) {
            while (givenRoots.contains(matchingRoot(written(roots.get(t), TARGET_ORIGINS[t % TARGET_ORIGINS.length])))) {
                List<String> others = new ArrayList<>(roots);
                others.remove(t);
                roots.set(t, drawRoots(random, 1, others).get(0));
            }
        }
        return roots;
    }

    /** {@code count} more roots, none folding like a common root or within one letter of another in {@code drawn}. */
    private static List<String> drawRoots(Random random, int count, List<String> drawn) {
        Set<String> taken = new HashSet<>();
        for (Origin origin : ORIGINS) {
            for (String root : NameVariantCorpusGenerator.roots(origin)) {
                taken.add(NameFolding.fold(root));
            }
        }
        List<String> roots = new ArrayList<>();
        List<String> folded = new ArrayList<>(drawn.stream().map(NameFolding::fold).toList());
        int attempts = 0;
        while (roots.size() < count) {
            if (++attempts > 1_000_000) {
                throw new IllegalStateException("not enough distinct planted roots");
            }
            String root = pick(random, ONSETS) + (random.nextBoolean() ? "" : pick(random, List.of("о", "а", "и")))
                    + pick(random, CODAS);
            String key = NameFolding.fold(root);
            if (taken.contains(key) || folded.stream().anyMatch(other -> close(other, key))) {
                continue;
            }
            roots.add(root);
            folded.add(key);
        }
        return roots;
    }

    /** Within one edit (the search's fuzzy distance for long words): plain Levenshtein, enough here. */
    private static boolean close(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()] <= 1;
    }

    private static Origin origin(Random random) {
        int roll = random.nextInt(20);
        int sum = 0;
        for (int k = 0; k < ORIGINS.length; k++) {
            sum += ORIGIN_TWENTIETHS[k];
            if (roll < sum) {
                return ORIGINS[k];
            }
        }
        return Origin.TAJIK;
    }

    private static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
