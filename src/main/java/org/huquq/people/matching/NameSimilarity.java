package org.huquq.people.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Compares two person names written in any script, order or spelling, and says whether they are the
 * same name, possibly the same, or different.
 *
 * <p>Every word is {@linkplain NameFolding#fold(String) folded} first. Two words agree when their
 * skeletons are equal; when they share root and {@linkplain SuffixClass suffix class} (Бобозода /
 * Бобозаде, Каримов / Каримова, Ильин / Ильина); or when, with the same suffix class, the skeletons or roots
 * differ by one edit (Damerau-Levenshtein, adjacent transposition counted as one) and the shorter has at least
 * {@value #MIN_TYPO_LENGTH} letters, unless the edit is to the first letter (Хилола / Зилола are two
 * names), a final -a, which makes a woman's name of a man's (Дилшод / Дилшода), or a final -ӣ (Раҳмон /
 * Раҳмонӣ). The one edit may be in the skeletons or in the {@linkplain NameFolding#foldWithSpelling(String)
 * spellings}, so that a typo in the letters as typed counts once in either script (Sihrin / Shirin,
 * Эргаова / Эргашова). A typo that breaks an ending (Раҷаблв for Раҷабов) still agrees; two real endings one
 * edit apart (Ашуриев / Ашуриён) agree only by root, and so does a word whose ending was dropped whole
 * (Раҳмонӣ / Раҳмон). The same root with another suffix class (Каримов / Каримзода, Раҳмонов / Раҳмон), or a
 * word that is the whole root of the other (Набӣ / Набиев), is a root-only agreement. The classes -ин and -ӣ
 * count for family names only: in a given name or patronymic they are part of the name (Валентин / Валентина).
 *
 * <p>The levels, never over-merging:
 * <ul>
 * <li>{@link MatchLevel#SAME}: given names agree, family names agree, and patronymics agree or one
 * side has none;</li>
 * <li>{@link MatchLevel#POSSIBLE}: given names agree but the family names agree only by root, or the
 * patronymics differ, or one side lacks the given or the family name;</li>
 * <li>{@link MatchLevel#DIFFERENT}: the given names differ, or the family names differ entirely.</li>
 * </ul>
 * When a name is known only as a full form, its words are read family first and given first (a word
 * with a patronymic ending is the patronymic wherever it stands; a word with a surname ending is never
 * read as the given name), and the best reading wins. A father's name followed by o'g'li, qizi, uulu or kyzy
 * (in any script) is one patronymic word, of the same class as -ович and with the father's name as its root;
 * when it is all a name has beside the given name (the Kyrgyz Бакыт уулу Азамат) it stands where the family name
 * would, and another father is another surname. Words beyond family, given and patronymic are ignored.
 *
 * <p>The score, for ranking, is the weighted mean of the parts' agreement: family 0.45, given 0.40,
 * patronymic 0.15 (left out when neither name has one). Equal skeletons count 1, the same root and
 * ending class 0.95, a typo 0.9, the root alone 0.7, a missing family or given name 0.5, a patronymic
 * missing on one side 0.8, and words that do not agree half their Jaro-Winkler similarity.
 */
public final class NameSimilarity {

    /** The shortest word in which one edit is taken for a typo rather than another name. */
    public static final int MIN_TYPO_LENGTH = 5;

    private static final double FAMILY_WEIGHT = 0.45;
    private static final double GIVEN_WEIGHT = 0.40;
    private static final double PATRONYMIC_WEIGHT = 0.15;
    private static final double MISSING_PART = 0.5;
    private static final double MISSING_PATRONYMIC = 0.8;

    private NameSimilarity() {
    }

    /**
     * Compares two names.
     *
     * @param a one name
     * @param b another name
     * @return the score and level of the best reading of both names
     */
    public static NameMatch compare(PersonName a, PersonName b) {
        return compare(prepare(a), prepare(b));
    }

    /**
     * Compares two names read beforehand: the same answer as {@link #compare(PersonName, PersonName)} on the
     * names they were read from, without folding any word again. For comparing each of many names with many
     * others (duplicate detection).
     *
     * @param a one name, read
     * @param b another name, read
     * @return the score and level of the best reading of both names
     */
    public static NameMatch compare(Prepared a, Prepared b) {
        NameMatch best = new NameMatch(0, MatchLevel.DIFFERENT);
        for (Reading readingOfA : a.readings) {
            for (Reading readingOfB : b.readings) {
                NameMatch match = compare(readingOfA, readingOfB);
                if (BY_LEVEL_THEN_SCORE.compare(match, best) > 0) {
                    best = match;
                }
            }
        }
        return best;
    }

    /**
     * Reads a name once: its words folded, in every plausible reading.
     *
     * @param name a name as written
     * @return the name ready for {@link #compare(Prepared, Prepared)}
     */
    public static Prepared prepare(PersonName name) {
        return new Prepared(readings(name, NameSimilarity::word));
    }

    private static final Comparator<NameMatch> BY_LEVEL_THEN_SCORE = Comparator.comparing(NameMatch::level)
            .thenComparingDouble(NameMatch::score);

    /** A name read once: the readings of its folded words. Immutable, so it may be compared from many threads. */
    public static final class Prepared {
        private final List<Reading> readings;

        private Prepared(List<Reading> readings) {
            this.readings = List.copyOf(readings);
        }
    }

    /**
     * One folded word with its root and ending class, worked out once.
     *
     * @param skeleton the word as {@link NameFolding#fold(String) folded}, never empty
     * @param root its {@link NameFolding#root(String) root}
     * @param suffixClass its {@link NameFolding#suffixClass(String) ending class}
     * @param spelling its {@linkplain NameFolding#foldWithSpelling(String) spelling}, the same instance as the
     *        skeleton when equal; a typo is one edit in either
     */
    public record Word(String skeleton, String root, SuffixClass suffixClass, String spelling, boolean vowelless,
            List<String> alternatives) {
    }

    /**
     * Reads many names, folding each distinct word or name part once (the same given and family names recur
     * across a registry). Not thread-safe; the names it prepares are.
     */
    public static final class Reader {
        private final Map<String, Optional<Word>> folded = new HashMap<>();

        /**
         * @param name a name as written
         * @return the same as {@link NameSimilarity#prepare(PersonName)}
         */
        public Prepared prepare(PersonName name) {
            return new Prepared(readings(name, this::word));
        }

        /**
         * The folded words of a name as written, in order, without the words that have no letters, a patronymic
         * word joined to the father's name before it: what {@link NameKey#of(String)} makes its skeletons of.
         *
         * @param fullForm a name as written
         * @return its words, folded
         */
        public List<Word> words(String fullForm) {
            return foldedWords(fullForm, this::word);
        }

        private Word word(String raw) {
            if (raw == null) {
                return NameSimilarity.word(null);
            }
            return folded.computeIfAbsent(raw, r -> Optional.ofNullable(NameSimilarity.word(r))).orElse(null);
        }
    }

    /** The folded word of a word or name part as written; null when it has no letters. */
    private static Word word(String raw) {
        NameFolding.Folded folded = NameFolding.foldWithSpelling(raw);
        return folded.skeleton().isEmpty() ? null
                : of(folded.skeleton(), folded.spelling(), PersoArabic.isArabicScript(raw));
    }

    private static Word of(String skeleton, String spelling, boolean vowelless) {
        return new Word(skeleton, NameFolding.root(skeleton), NameFolding.suffixClass(skeleton),
                spelling.equals(skeleton) ? skeleton : spelling, vowelless, NameFolding.alternatives(skeleton));
    }

    /**
     * The folded words of a full form in order, without words that have no letters; a {@linkplain
     * NameFolding#isPatronymicWord(String) patronymic word} (o'g'li, qizi, uulu, kyzy) joins the word before it into
     * one patronymic, "Rustam o'g'li" into {@code rustamugli} with the root {@code rustam}, as {@link NameKey} does.
     */
    private static List<Word> foldedWords(String fullForm, Function<String, Word> fold) {
        List<Word> words = new ArrayList<>();
        String sonOf = null;
        for (String raw : NameKey.words(fullForm)) {
            Word folded = fold.apply(raw);
            if (folded == null) {
                continue;
            }
            int last = words.size() - 1;
            String before = NameFolding.patronymicWordBefore(folded.skeleton());
            if (before != null) {
                sonOf = before;
            } else if (sonOf != null) {
                words.add(of(folded.skeleton() + sonOf, folded.spelling() + sonOf, folded.vowelless()));
                sonOf = null;
            } else if (last >= 0 && NameFolding.isPatronymicWord(folded.skeleton())) {
                Word father = words.get(last);
                words.set(last, of(father.skeleton() + folded.skeleton(), father.spelling() + folded.spelling(),
                        father.vowelless()));
            } else {
                words.add(folded);
            }
        }
        return words;
    }

    /** Whether a patronymic is a father's name with a patronymic word (Бакыт уулу), not a Russian -ович. */
    private static boolean hasPatronymicWord(Word patronymic) {
        return patronymic.suffixClass() == SuffixClass.PATRONYMIC
                && NameFolding.isPatronymicWord(patronymic.skeleton().substring(patronymic.root().length()));
    }

    private static NameMatch compare(Reading a, Reading b) {
        MatchLevel level = MatchLevel.SAME;
        double given;
        if (a.given == null || b.given == null) {
            given = MISSING_PART;
            level = MatchLevel.POSSIBLE;
        } else {
            Agreement agreement = agreement(a.given, b.given, false);
            given = agreement.score(a.given.skeleton(), b.given.skeleton());
            if (agreement == Agreement.NEAR) {
                level = MatchLevel.POSSIBLE;
            } else if (!agreement.isSameName()) {
                level = MatchLevel.DIFFERENT;
            }
        }
        double family;
        if (a.family == null || b.family == null) {
            family = MISSING_PART;
            level = min(level, MatchLevel.POSSIBLE);
        } else {
            Agreement agreement = agreement(a.family, b.family, true);
            family = agreement.score(a.family.skeleton(), b.family.skeleton());
            if (agreement == Agreement.DIFFERENT) {
                level = MatchLevel.DIFFERENT;
            } else if (agreement == Agreement.ROOT || agreement == Agreement.NEAR) {
                level = min(level, MatchLevel.POSSIBLE);
            }
        }
        double patronymic;
        double patronymicWeight = PATRONYMIC_WEIGHT;
        if (a.patronymic == null && b.patronymic == null) {
            patronymic = 0;
            patronymicWeight = 0;
        } else if (a.patronymic == null || b.patronymic == null) {
            patronymic = MISSING_PATRONYMIC;
        } else {
            Agreement agreement = agreement(a.patronymic, b.patronymic, false);
            patronymic = agreement.score(a.patronymic.skeleton(), b.patronymic.skeleton());
            if (!agreement.isSameName()) {
                level = min(level, MatchLevel.POSSIBLE);
            }
        }
        double score = (FAMILY_WEIGHT * family + GIVEN_WEIGHT * given + patronymicWeight * patronymic)
                / (FAMILY_WEIGHT + GIVEN_WEIGHT + patronymicWeight);
        return new NameMatch(Math.min(1, score), level);
    }

    private static MatchLevel min(MatchLevel a, MatchLevel b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** How two folded words agree, strongest first. */
    enum Agreement {
        EQUAL, VARIANT, TYPO, ROOT, NEAR, DIFFERENT;

        boolean isSameName() {
            return this == EQUAL || this == VARIANT || this == TYPO;
        }

        double score(String a, String b) {
            return switch (this) {
                case EQUAL -> 1;
                case VARIANT -> 0.95;
                case TYPO -> 0.9;
                case ROOT -> 0.7;
                case NEAR -> 0.65;
                case DIFFERENT -> 0.5 * jaroWinkler(a, b);
            };
        }
    }

    /** How two words compared as family names agree. */
    static Agreement agreement(String a, String b) {
        return agreement(of(a, a, false), of(b, b, false), true);
    }

    /**
     * How two words agree in one part of a name. The family-name-only classes ({@link SuffixClass#isFamilyNameOnly()}:
     * -ин, -ӣ) count only when {@code familyName}; elsewhere such a word has no class and is its own root, so that
     * Валентин / Валентина stay two given names.
     */
    private static Agreement agreement(Word wordA, Word wordB, boolean familyName) {
        String a = wordA.skeleton();
        String b = wordB.skeleton();
        if (a.equals(b)) {
            return Agreement.EQUAL;
        }
        SuffixClass classOfA = classIn(wordA, familyName);
        SuffixClass classOfB = classIn(wordB, familyName);
        String rootOfA = classOfA == wordA.suffixClass() ? wordA.root() : a;
        String rootOfB = classOfB == wordB.suffixClass() ? wordB.root() : b;
        boolean sameClass = classOfA == classOfB;
        if (sameClass && rootOfA.equals(rootOfB)) {
            return Agreement.VARIANT;
        }
        // Набӣ / Набиев: the whole of one word is the root of the other
        boolean rootsAgree = rootOfA.equals(rootOfB) || isTypo(rootOfA, rootOfB) || a.equals(rootOfB) || b.equals(rootOfA)
                || ((classOfA != SuffixClass.NONE || classOfB != SuffixClass.NONE) && isVowelShift(rootOfA, rootOfB));
        boolean typo = isTypo(wordA, wordB);
        if (sameClass && (typo || rootsAgree)) {
            return Agreement.TYPO;
        }
        // a typo that breaks an ending (Раҷаблв, Сафарздоа) is still a typo; two real endings one edit
        // apart (Ашуриев / Ашуриён) are two surnames, and so is an ending dropped whole (Раҳмонӣ / Раҳмон)
        boolean oneEndingBroken = classOfA == SuffixClass.NONE || classOfB == SuffixClass.NONE;
        boolean endingDropped = a.equals(rootOfB) || b.equals(rootOfA);
        if (oneEndingBroken && !endingDropped && typo) {
            return Agreement.TYPO;
        }
        if (rootsAgree || typo) {
            return Agreement.ROOT;
        }
        // a word in Persian letters lacks its short vowels: its consonants are all it can agree by
        if (wordA.vowelless() || wordB.vowelless()) {
            String consonants = NameFolding.consonants(a);
            if (consonants.length() >= 2 && consonants.equals(NameFolding.consonants(b))) {
                return Agreement.TYPO;
            }
            String rootConsonants = NameFolding.consonants(rootOfA);
            if (rootConsonants.length() >= 2 && rootConsonants.equals(NameFolding.consonants(rootOfB))) {
                return sameClass ? Agreement.TYPO : Agreement.ROOT;
            }
        }
        return isShortTypo(a, b) || isShortTypo(wordA.spelling(), wordB.spelling()) ? Agreement.NEAR : Agreement.DIFFERENT;
    }

    private static SuffixClass classIn(Word word, boolean familyName) {
        SuffixClass suffixClass = word.suffixClass();
        return suffixClass.isFamilyNameOnly() && !familyName ? SuffixClass.NONE : suffixClass;
    }

    /**
     * One typo apart in their skeletons, or in their spellings, where a typo in the letters as typed shows (the
     * identity test only skips the second comparison when neither word has a spelling of its own).
     */
    private static boolean isTypo(Word a, Word b) {
        if (isTypo(a.skeleton(), b.skeleton())
                || ((a.spelling() != a.skeleton() || b.spelling() != b.skeleton()) && isTypo(a.spelling(), b.spelling()))) {
            return true;
        }
        // another first letter of its class, or a scanner's rn for m: that reading, within one typo
        for (String alternative : a.alternatives()) {
            if (alternative.equals(b.skeleton()) || isTypo(alternative, b.skeleton())) {
                return true;
            }
        }
        return b.alternatives().contains(a.skeleton());
    }

    /**
     * One edit apart after the first letter, in words of {@value #MIN_TYPO_LENGTH} letters or more; in words of four
     * letters one letter replaced or two swapped (Умед / Умад, Лола / Лоал), since a letter lost or added there
     * makes another name too often (Асан / Асана).
     */
    private static boolean isTypo(String a, String b) {
        return Math.min(a.length(), b.length()) >= MIN_TYPO_LENGTH && a.charAt(0) == b.charAt(0)
                && damerauLevenshtein(a, b) <= 1 && !differOnlyByAnEnding(a, b);
    }

    /**
     * Two words of four letters, one letter replaced or two swapped after the first (Умед / Умад, Лола / Лоал): a typo
     * or another name (Умед / Умид), so a near agreement that makes a possible match, never the same name.
     */
    private static boolean isShortTypo(String a, String b) {
        return a.length() == SHORT_TYPO_LENGTH && b.length() == SHORT_TYPO_LENGTH && a.charAt(0) == b.charAt(0)
                && damerauLevenshtein(a, b) <= 1;
    }

    /**
     * Roots of old and new renderings: one vowel heard another way (Бобо / Боба in Бобоев / Бобаев, Шоҳ / Шах in
     * Шоҳов / Шахов), or one letter off in a root of four letters.
     */
    private static boolean isVowelShift(String rootA, String rootB) {
        if (rootA.length() != rootB.length() || rootA.length() < 3 || damerauLevenshtein(rootA, rootB) > 1) {
            return false;
        }
        String consonants = NameFolding.consonants(rootA);
        return isShortTypo(rootA, rootB) || (consonants.length() >= 2 && consonants.equals(NameFolding.consonants(rootB)));
    }

    /** Words of this length are searched for within one typo, and agree within one as a possible match only. */
    public static final int SHORT_TYPO_LENGTH = 4;

    /**
     * Дилшод / Дилшода, Азиз / Азиза: a final -a makes a woman's name of a man's in Tajik, Uzbek and
     * Russian, so it is another name, not a typo. (The Russian genitive "Алиева Рустама" is therefore not
     * "Алиев Рустам": names are entered in the nominative.) Likewise a final -ӣ after a consonant makes a
     * name of its own (Раҳмон / Раҳмонӣ, Ҳисор / Ҳисорӣ), in whichever part of the name it stands.
     */
    private static boolean differOnlyByAnEnding(String a, String b) {
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        if (longer.length() != shorter.length() + 1 || !longer.startsWith(shorter)) {
            return false;
        }
        char added = longer.charAt(longer.length() - 1);
        return added == 'a' || (added == 'i' && "aeiou".indexOf(shorter.charAt(shorter.length() - 1)) < 0);
    }

    /** Edit distance with adjacent transpositions (optimal string alignment). */
    static int damerauLevenshtein(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Jaro-Winkler similarity, 0..1, with the usual prefix scale 0.1 over at most four letters. */
    static double jaroWinkler(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.equals(b) ? 1 : 0;
        }
        int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
        boolean[] matchedA = new boolean[a.length()];
        boolean[] matchedB = new boolean[b.length()];
        int matches = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(b.length(), i + window + 1); j++) {
                if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
                    matchedA[i] = true;
                    matchedB[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < a.length(); i++) {
            if (matchedA[i]) {
                while (!matchedB[j]) {
                    j++;
                }
                if (a.charAt(i) != b.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }

    /** One reading of a name: which folded word is the family, given name and patronymic (null: none). */
    private record Reading(Word family, Word given, Word patronymic) {
    }

    private static List<Reading> readings(PersonName name, Function<String, Word> fold) {
        if (name.hasParts()) {
            return List.of(new Reading(fold.apply(name.family()), fold.apply(name.given()),
                    fold.apply(name.patronymic())));
        }
        List<Word> words = foldedWords(name.fullForm(), fold);
        Word patronymic = null;
        if (words.size() > 1) {
            for (Word word : words) {
                if (word.suffixClass() == SuffixClass.PATRONYMIC) {
                    patronymic = word;
                    words.remove(word);
                    break;
                }
            }
        }
        List<Reading> readings = new ArrayList<>();
        if (words.size() == 1 && patronymic != null && hasPatronymicWord(patronymic)) {
            // Бакыт уулу Азамат: the father's name with уулу, кызы (o'g'li, qizi) stands where a surname would, and is
            // compared as one; another father is then another surname
            readings.add(new Reading(patronymic, words.get(0), null));
        } else if (words.size() == 1) {
            readings.add(new Reading(null, words.get(0), patronymic));
            readings.add(new Reading(words.get(0), null, patronymic));
        } else if (words.size() > 1) {
            readings.add(new Reading(words.get(0), words.get(1), patronymic));
            readings.add(new Reading(words.get(words.size() - 1), words.get(0), patronymic));
        }
        List<Reading> plausible = readings.stream().filter(reading -> !hasSurnameEnding(reading.given)).toList();
        return plausible.isEmpty() ? readings : plausible;
    }

    private static boolean hasSurnameEnding(Word given) {
        if (given == null) {
            return false;
        }
        SuffixClass suffixClass = given.suffixClass();
        return suffixClass == SuffixClass.ZODA || suffixClass == SuffixClass.OV || suffixClass == SuffixClass.IYON;
    }
}
