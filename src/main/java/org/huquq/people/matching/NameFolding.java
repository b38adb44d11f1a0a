package org.huquq.people.matching;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.ibm.icu.text.Transliterator;

/**
 * Entry normalisation and the matching form of personal names, so that one name spelled in Tajik
 * Cyrillic, Russian Cyrillic or Latin (ICAO 9303 passport or informal) folds to one skeleton.
 *
 * <p>{@link #fold(String)} turns one word into a lower-case <em>skeleton</em> in this order:
 * <ol>
 * <li>look-alike repair: Latin letters inside a Cyrillic word become the Cyrillic letters they imitate
 * (and the other way round), case-aware: a Latin {@code H} imitates {@code Н}, a Latin {@code h}
 * imitates {@code һ};</li>
 * <li>Unicode look-alikes of Tajik letters ({@code Һ Ҹ Ҡ Ґ Ў}) and the letters that text typed in legacy
 * 8-bit Tajik fonts arrives as ({@code Љ Њ Ќ Ї Ў Ѓ}) become {@code Ҳ Ҷ Қ Ӣ Ӯ Ғ}; Uzbek, Kyrgyz and
 * Kazakh letters become their Russian renderings ({@code ў ө ү ң ә і ұ});</li>
 * <li>Tajik letters become their Russian renderings ({@code ғ→г ӣ→и қ→к ӯ→у ҳ→х ҷ→дж}),
 * {@code ё→е}, soft and hard signs are dropped;</li>
 * <li>ICU's {@code Russian-Latin/BGN} transliterator, then accents are stripped;</li>
 * <li>Latin spellings are reduced to one canonical form, listed below.</li>
 * </ol>
 *
 * <p>Canonical Latin spellings: {@code kh, h, x → h}; {@code dzh, dj, zh, j → j} (Ҷ and Ж meet, as in
 * Джамшед / Жамшед); {@code gh → g}; {@code q → k}; {@code w → v}; {@code shch, sh → š} and
 * {@code ch, tch → č}, one symbol each as Ш and Ч are one letter, so that a one-letter typo stays one
 * edit; {@code ts → c} (not {@code tz}, which is т+з in Давлатзода); {@code ye, yo → e} (ё is written е, and
 * Ерова, Yerova, Yorova, Erova meet), also {@code ie} after a vowel, where ICAO writes й as i; Ё typed
 * {@code io} is {@code e} too (Iodgor, Fiodor, Artiom), {@code iio} is {@code ie} (и + ё, as {@code iyo}) and a
 * final {@code ion} after a consonant {@code ien} (the -иён of Ashurion); every other {@code y} becomes
 * {@code i}, so {@code ya, iya, ia → ia}, {@code yu, iyu, iu → iu} and {@code -iy, -yy, -ij, -ii} end in
 * {@code i}; Uzbek Latin {@code o'} is {@code u} and {@code g'} is {@code g}; apostrophes, hyphens and other
 * non-letters go; double letters collapse, except the {@code zz} of Азиззода before its ending; the old
 * Russian rendering {@code Тадж-} of Tajik {@code Тоҷ-} meets it ({@code toj → taj}); a д before Ҷ is one letter with
 * it ({@code dj → j}), as Russian writes Аҳмадҷон Ахмаджан; {@code ph → f}, and at the start of a word {@code tz → c}
 * and {@code dz → j}. Persian letters are read first ({@link PersoArabic}), and what a scanner misread with certainty
 * (a digit among letters, a capital I among small letters) is read back. {@code ju} and {@code ja} are Ҷу and Ҷа (Jurabek, Jalol),
 * never Ю and Я, because that is what they are in Central Asian names. The skeleton is a–z with
 * {@code š} and {@code č}.
 *
 * <p>All methods are pure and thread-safe. ICU documents its transliterators as stateless, to be
 * shared between threads without synchronising, so one precompiled instance serves every call.
 */
public final class NameFolding {

    private static final Transliterator RUSSIAN_TO_LATIN = Transliterator.getInstance("Russian-Latin/BGN");

    /** Latin letters that look like Cyrillic ones, with the Cyrillic letter they imitate. */
    private static final Map<Character, Character> LATIN_LOOK_ALIKES = Map.ofEntries(
            Map.entry('A', 'А'), Map.entry('B', 'В'), Map.entry('C', 'С'), Map.entry('E', 'Е'),
            Map.entry('H', 'Н'), Map.entry('K', 'К'), Map.entry('M', 'М'), Map.entry('O', 'О'),
            Map.entry('P', 'Р'), Map.entry('T', 'Т'), Map.entry('X', 'Х'), Map.entry('Y', 'У'),
            Map.entry('a', 'а'), Map.entry('c', 'с'), Map.entry('e', 'е'), Map.entry('o', 'о'),
            Map.entry('p', 'р'), Map.entry('x', 'х'), Map.entry('y', 'у'), Map.entry('k', 'к'),
            Map.entry('h', 'һ'), Map.entry('i', 'і'));

    /** Cyrillic letters that look like Latin ones, with the Latin letter they imitate. */
    private static final Map<Character, Character> CYRILLIC_LOOK_ALIKES = Map.ofEntries(
            Map.entry('А', 'A'), Map.entry('В', 'B'), Map.entry('С', 'C'), Map.entry('Е', 'E'),
            Map.entry('Н', 'H'), Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('О', 'O'),
            Map.entry('Р', 'P'), Map.entry('Т', 'T'), Map.entry('Х', 'X'), Map.entry('У', 'Y'),
            Map.entry('а', 'a'), Map.entry('с', 'c'), Map.entry('е', 'e'), Map.entry('о', 'o'),
            Map.entry('р', 'p'), Map.entry('х', 'x'), Map.entry('у', 'y'), Map.entry('к', 'k'),
            Map.entry('һ', 'h'), Map.entry('і', 'i'), Map.entry('ј', 'j'));

    /** The folded forms of the words of {@link #isPatronymicWord(String)}; each is a {@link SuffixClass#PATRONYMIC} ending. */
    private static final Set<String> PATRONYMIC_WORDS = Set.of("ugli", "ogli", "kizi", "ulu");

    /** The Tajik and Arabic words for "son of" before the father's name (писари, ибни, ибн), folded. */
    private static final Set<String> SON_OF_BEFORE = Set.of("pisari", "ibni", "ibn");

    /** The Tajik and Arabic words for "daughter of" before the father's name (духтари, бинти, бинт), folded. */
    private static final Set<String> DAUGHTER_OF_BEFORE = Set.of("duhtari", "binti", "bint");

    /** Digits a scanner reads for Latin letters: 0 O, 1 l or I, 5 S, 6 b, 8 B. */
    private static final Map<Character, Character> LATIN_DIGITS = Map.of('0', 'o', '1', 'l', '5', 's', '6', 'b', '8', 'b');

    /** Digits a scanner reads for Cyrillic letters: 0 о, 1 і, 3 з, 4 ч, 6 б, 8 в. */
    private static final Map<Character, Character> CYRILLIC_DIGITS = Map.of('0', 'о', '1', 'і', '3', 'з', '4', 'ч',
            '6', 'б', '8', 'в');

    private NameFolding() {
    }

    /**
     * The entry normalisation of a name as typed: Unicode NFC, invisible and control characters
     * (zero-width spaces and joiners, soft hyphen, byte-order mark, bidirectional marks, C0 and C1
     * controls) removed, runs of whitespace collapsed to one space, trimmed. What the user typed is
     * kept elsewhere, as typed.
     *
     * @param typed a name as typed, may be {@code null}
     * @return the cleaned name, empty for {@code null}
     */
    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        String nfc = Normalizer.normalize(typed, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else if (!isInvisible(cp)) {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** True for characters that show nothing: controls, format characters (Cf), private-use, unassigned and lone surrogates. */
    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE;
    }

    /**
     * The matching form of one word: a lower-case skeleton (a–z, š, č) in which spelling variants of the same
     * name in any script meet (see the class description for the rules).
     *
     * @param word one word of a name; whitespace inside it is dropped
     * @return the skeleton, empty when the word has no letters
     */
    public static String fold(String word) {
        return canonicalLatin(latinLetters(word), true);
    }

    /**
     * One word's skeleton and its spelling, read once.
     *
     * @param skeleton the word as {@link #fold(String) folded}
     * @param spelling the word's spelling (see {@link #foldWithSpelling(String)}); the same instance as
     *        {@code skeleton} when equal
     */
    public record Folded(String skeleton, String spelling) {
    }

    /**
     * The skeleton of a word and its spelling: the skeleton without the rules that turn several typed letters
     * into one symbol or into another sound: Ш and Ч as {@code š} and {@code č}, Ё typed {@code io}, {@code toj →
     * taj}, and the collapse of double letters. Those rules make spellings meet across scripts, and they make a
     * typo in the letters as typed two edits in the skeleton: Sihrin for Shirin ({@code sihrin / širin}),
     * Саиодва for Саидова ({@code saedva / saidova}), Ббозода for Бобозода ({@code bozoda / bobozoda}). A
     * one-letter typo is one edit in the skeleton or in the spelling, whichever script it was typed in; typo
     * tolerance and the search's fuzzy query look at both. The spelling of about a third of name words
     * differs from their skeleton (every Ш, Ч and double letter).
     *
     * @param word one word of a name
     * @return the word's skeleton and spelling
     */
    public static Folded foldWithSpelling(String word) {
        String latin = latinLetters(word);
        String skeleton = canonicalLatin(latin, true);
        String spelling = canonicalLatin(latin, false);
        return new Folded(skeleton, spelling.equals(skeleton) ? skeleton : spelling);
    }

    /** Steps 1 to 4 of the class description: the word in accent-free lower-case Latin. */
    private static String latinLetters(String word) {
        String cleaned = clean(word);
        if (PersoArabic.isArabicScript(cleaned)) {
            cleaned = PersoArabic.toTajikCyrillic(cleaned);
        }
        String cyrillic = toRussianCyrillic(repairLookAlikes(scannerRepairs(cleaned)).toLowerCase(Locale.ROOT));
        String latin = cyrillic.chars().anyMatch(c -> c >= 'а' && c <= 'я') ? RUSSIAN_TO_LATIN.transliterate(cyrillic) : cyrillic;
        return stripAccents(latin);
    }

    /**
     * The surname or patronymic ending class of a folded word (see {@link SuffixClass}); classes are
     * tried patronymic first, so "Каримович" is a patronymic and not a surname in -ov.
     *
     * @param foldedWord a word as returned by {@link #fold(String)}
     * @return its suffix class, {@link SuffixClass#NONE} when it has no recognised ending
     */
    public static SuffixClass suffixClass(String foldedWord) {
        for (SuffixClass suffixClass : SuffixClass.values()) {
            if (suffixClass.endingOf(foldedWord) != null) {
                return suffixClass;
            }
        }
        return SuffixClass.NONE;
    }

    /**
     * The root of a folded word: the word without its {@linkplain #suffixClass(String) class ending}.
     * Каримов, Каримова, Каримзода and Karimzade share the root {@code karim}; a word without a
     * recognised ending is its own root.
     *
     * @param foldedWord a word as returned by {@link #fold(String)}
     * @return the root; an ending is only taken off when at least two letters remain
     */
    public static String root(String foldedWord) {
        for (SuffixClass suffixClass : SuffixClass.values()) {
            String ending = suffixClass.endingOf(foldedWord);
            if (ending != null) {
                return foldedWord.substring(0, foldedWord.length() - ending.length());
            }
        }
        return foldedWord;
    }

    /**
     * Whether a folded word is the Uzbek, Kyrgyz or Azerbaijani word for "son of" or "daughter of" that follows a
     * father's name to make a patronymic: {@code o'g'li, ўғли, угли, ogli, оглы} (son), {@code qizi, қизи,
     * кизи, kyzy, кызы} (daughter), {@code uulu, уулу} (Kyrgyz son). The folded words of a name join it to the word
     * before it: "Rustam o'g'li" is one {@link SuffixClass#PATRONYMIC} word with the root {@code rustam}, as
     * Рустамович is.
     *
     * @param foldedWord a word as returned by {@link #fold(String)}
     * @return {@code true} for one of those words
     */
    public static boolean isPatronymicWord(String foldedWord) {
        return PATRONYMIC_WORDS.contains(foldedWord);
    }

    /**
     * Whether a text has letters of the Arabic script (Persian, Dari, Arabic): such a name is read without its short
     * vowels, and is looked for by its consonants.
     *
     * @param text a name or a word, as typed
     * @return {@code true} when it has at least one Arabic-script letter
     */
    public static boolean isArabicScript(String text) {
        return text != null && PersoArabic.isArabicScript(text);
    }

    /**
     * The suffix a "son of" or "daughter of" placed <em>before</em> the father's name gives that name: the Tajik
     * писари and духтари, the Arabic ибни (ибн) and бинти. "Умед писари Рустам" is Umed, son of Rustam: the father's
     * name joins such a word into one patronymic word of the class of -ович, as "Rustam o'g'li" does.
     *
     * @param foldedWord a word as returned by {@link #fold(String)}
     * @return the folded patronymic word to put after the father's name ({@code ugli} or {@code kizi}), or
     *         {@code null} when the word is not one of those
     */
    public static String patronymicWordBefore(String foldedWord) {
        if (SON_OF_BEFORE.contains(foldedWord)) {
            return "ugli";
        }
        return DAUGHTER_OF_BEFORE.contains(foldedWord) ? "kizi" : null;
    }

    /**
     * The consonants of a folded word, doubles collapsed: its vowels and {@code v} left out. Persian writing leaves
     * short vowels unwritten and writes و for both в and у, so a name in Persian letters and its Cyrillic or Latin
     * spelling meet here (محمد and Муҳаммад: {@code mhmd}), as do the vowel shifts of old Russian renderings and of
     * Uzbek Latin without its apostrophes (Раҳмон / Рахман, Ўткир / Otkir).
     *
     * @param folded a word or root as returned by {@link #fold(String)} or {@link #root(String)}
     * @return its consonants, possibly empty
     */
    public static String consonants(String folded) {
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            // š and č are written out: a Persian س + ح (Суҳроб, سحراب) folds to š where the Cyrillic has s + h
            String letters = c == 'š' ? "sh" : c == 'č' ? "ch" : "aeiouv".indexOf(c) >= 0 ? "" : String.valueOf(c);
            for (int k = 0; k < letters.length(); k++) {
                char letter = letters.charAt(k);
                if (out.isEmpty() || out.charAt(out.length() - 1) != letter) {
                    out.append(letter);
                }
            }
        }
        return out.toString();
    }

    /**
     * Other readings of a folded word, each a skeleton it may have been meant as: its first letter in another letter
     * of its class (by sound or by script: Ортиқов / Артыков {@code o/a}, Otkir for Oʻtkir {@code o/u}, Zasur for
     * Жасур {@code z/j}, Jusuf / Yusuf {@code ju/iu}, Jodgor / Ёдгор {@code jo/e}, Усуф for Юсуф {@code iu/u}), and
     * the scanner's misreadings that are letters either way ({@code rn} for {@code m}, {@code cl} for {@code d}, and
     * back). Typo tolerance never touches the first letter; these classes are the only first letters it allows.
     *
     * @param skeleton a word as returned by {@link #fold(String)}
     * @return the other readings, without the word itself, at most {@value #MAX_ALTERNATIVES}
     */
    public static List<String> alternatives(String skeleton) {
        Set<String> out = new LinkedHashSet<>();
        if (skeleton.length() >= 3) {
            char first = skeleton.charAt(0);
            char second = skeleton.charAt(1);
            String rest = skeleton.substring(1);
            switch (first) {
                case 'a' -> out.add("o" + rest);
                case 'o' -> {
                    out.add("a" + rest);
                    out.add("u" + rest);
                }
                case 'u' -> {
                    out.add("o" + rest);
                    out.add("iu" + rest);
                }
                case 'z' -> out.add("j" + rest);
                case 'j' -> {
                    out.add("z" + rest);
                    if (second == 'u' || second == 'a') {
                        out.add("i" + rest);
                    } else if (second == 'o' || second == 'e') {
                        out.add("e" + skeleton.substring(2));
                    }
                }
                case 'i' -> {
                    if (second == 'u' || second == 'a') {
                        out.add("j" + rest);
                        out.add(rest);
                    }
                }
                case 'e' -> out.add("jo" + rest);
                default -> {
                }
            }
        }
        for (String[] misreading : SCANNER_MISREADINGS) {
            for (int at = skeleton.indexOf(misreading[0]); at >= 0 && out.size() < MAX_ALTERNATIVES;
                    at = skeleton.indexOf(misreading[0], at + 1)) {
                out.add(skeleton.substring(0, at) + misreading[1] + skeleton.substring(at + misreading[0].length()));
            }
        }
        out.remove(skeleton);
        return out.stream().limit(MAX_ALTERNATIVES).toList();
    }

    /** How many {@link #alternatives(String)} a word has at most. */
    public static final int MAX_ALTERNATIVES = 6;

    /** Misreadings of a scanner that give letters either way: rn for m, cl for d, and the reverse. */
    private static final String[][] SCANNER_MISREADINGS = { { "rn", "m" }, { "cl", "d" }, { "m", "rn" }, { "d", "cl" } };

    /**
     * Whether a word mixes Latin and Cyrillic letters in a way look-alike repair cannot explain: both
     * scripts contribute letters that have no look-alike in the other. {@code Бoбозода} with a Latin
     * {@code o} is repairable and answers {@code false}; {@code Бobozoda} answers {@code true}. The
     * people module rejects such input with a field error, because no reading of it is safe; repairable
     * words are accepted and folded as the script of their other letters.
     *
     * @param word one word of a name
     * @return {@code true} when the word is an unrepairable mix of Latin and Cyrillic
     */
    public static boolean hasMixedScripts(String word) {
        ScriptCount count = ScriptCount.of(word);
        return count.distinctLatin > 0 && count.distinctCyrillic > 0;
    }

    /**
     * What a scanner misreads and can be read back for certain: a digit among the letters of a word is the letter it
     * resembles in that word's script (0 for O, 1 for l or I, 5 for S; 0, 3, 4, 6 for о, з, ч, б), never dropped;
     * a capital I among lower-case letters is an l (MaIika), and a lower-case l in a word of capitals an I
     * (ALlSHER). A word of digits alone is no name and is left to be dropped with the other non-letters. The
     * misreadings that are letters either way (rn for m, cl for d) are {@linkplain #alternatives(String) alternative
     * readings} instead.
     */
    static String scannerRepairs(String word) {
        int upper = 0;
        int lower = 0;
        boolean digits = false;
        ScriptCount count = ScriptCount.of(word);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            upper += Character.isUpperCase(c) ? 1 : 0;
            lower += Character.isLowerCase(c) ? 1 : 0;
            digits |= c >= '0' && c <= '9';
        }
        if (upper + lower == 0) {
            return word;
        }
        boolean capitals = upper > 1 && lower <= 1;
        boolean cyrillic = count.cyrillic() > count.latin();
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            Character read = !digits ? null : cyrillic ? CYRILLIC_DIGITS.get(c) : LATIN_DIGITS.get(c);
            if (read != null) {
                char letter = !cyrillic && c == '1' && capitals ? 'i' : read;
                out.append(capitals ? Character.toUpperCase(letter) : letter);
            } else if (!cyrillic && c == 'I' && i > 0 && !capitals) {
                out.append('l');
            } else if (!cyrillic && c == 'l' && capitals) {
                out.append('I');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String repairLookAlikes(String word) {
        ScriptCount count = ScriptCount.of(word);
        if (count.latin() == 0 || count.cyrillic() == 0 || (count.distinctLatin > 0 && count.distinctCyrillic > 0)) {
            return word;
        }
        boolean cyrillicWord = count.distinctCyrillic > 0
                || (count.distinctLatin == 0 && count.cyrillic() >= count.latin());
        Map<Character, Character> repairs = cyrillicWord ? LATIN_LOOK_ALIKES : CYRILLIC_LOOK_ALIKES;
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            out.append(repairs.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Lower-case Cyrillic (Tajik, Uzbek, Kyrgyz, look-alikes, legacy font letters) to Russian letters. */
    private static String toRussianCyrillic(String lower) {
        StringBuilder out = new StringBuilder(lower.length() + 4);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            switch (c) {
                // Tajik letters, their Unicode look-alikes and their legacy 8-bit font stand-ins
                case 'ҳ', 'һ', 'њ' -> out.append('х');
                case 'ҷ', 'ҹ', 'љ' -> out.append("дж");
                case 'қ', 'ҡ', 'ќ' -> out.append('к');
                case 'ғ', 'ґ', 'ѓ' -> out.append('г');
                case 'ӯ', 'ў', 'ұ', 'ү' -> out.append('у');
                case 'ӣ', 'ї', 'і' -> out.append('и');
                // Kyrgyz and Kazakh letters
                case 'ө' -> out.append('о');
                // ы is и to the skeleton; BGN's y for it would otherwise read ыо (a typo in Сыдыков) as ё
                case 'ы' -> out.append('и');
                case 'ң' -> out.append('н');
                case 'ә' -> out.append('а');
                case 'ё' -> out.append('е');
                case 'ь', 'ъ' -> {
                    // soft and hard signs are written or left out at will (Ильхом / Илҳом)
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Accents go; the hačeks and cedillas of ISO and Turkic Latin keep the sound they stand for. */
    private static String stripAccents(String latin) {
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            } else if (c == '\u030C' || c == '\u0327') {
                char base = out.length() > 0 ? out.charAt(out.length() - 1) : 0;
                if (base == 's' || base == 'c' || base == 'z') {
                    out.append('h');
                }
            }
        }
        return out.toString();
    }

    /**
     * The canonical skeleton of a lower-case Latin spelling (see the class description), or with
     * {@code mergeLetters} false its {@linkplain #foldWithSpelling(String) spelling}.
     */
    private static String canonicalLatin(String latin, boolean mergeLetters) {
        String typed = asciiLetters(uzbekApostrophes(latin));
        StringBuilder out = new StringBuilder(typed.length());
        int i = 0;
        while (i < typed.length()) {
            char c = typed.charAt(i);
            if (typed.startsWith("shch", i)) {
                out.append("sh");
                i += 4;
            } else if (typed.startsWith("dzh", i)) {
                out.append('j');
                i += 3;
            } else if (typed.startsWith("tch", i)) {
                out.append("ch");
                i += 3;
            } else if (typed.startsWith("sh", i) || typed.startsWith("ch", i)) {
                out.append(c).append('h');
                i += 2;
            } else if (typed.startsWith("dj", i) || typed.startsWith("zh", i)) {
                out.append('j');
                i += 2;
            } else if (typed.startsWith("kh", i)) {
                out.append('h');
                i += 2;
            } else if (typed.startsWith("gh", i)) {
                out.append('g');
                i += 2;
            } else if ((typed.startsWith("ts", i) && !typed.startsWith("tsh", i)) || (i == 0 && typed.startsWith("tz"))) {
                // Tz at the start is Ц (Tzoi); inside a word it is т + з (Давлатзода); tsh is т + ш (Ташрон written
                // without its vowel, تشرن)
                out.append('c');
                i += 2;
            } else if (i == 0 && typed.startsWith("dz")) {
                // Dzamshed: Dzh without its h, since no name here begins with д + з
                out.append('j');
                i += 2;
            } else if (typed.startsWith("ph", i)) {
                out.append('f');
                i += 2;
            } else {
                out.append(switch (c) {
                    case 'x' -> 'h';
                    case 'q' -> 'k';
                    case 'w' -> 'v';
                    default -> c;
                });
                i++;
            }
        }
        if (!mergeLetters) {
            return glides(out, false);
        }
        return tajikOldRendering(glides(collapseDoubles(singleSymbols(yoTypedAsIo(out))), true)).replace("dj", "j");
    }

    /**
     * Ё typed as {@code io}, as people without a table type it: Fiodor is Фёдор, Artiom Артём, Haiotov Ҳаётов.
     * {@code iio} is и + ё (Hajvariion, Bakhtiior: -иён, -иёр) and becomes {@code ie}, as {@code iyo} does; a
     * word-final {@code ion} after a consonant is the -иён ending with its и written once (Ashurion), so it
     * becomes {@code ien}. An initial {@code io} (Iodgor) is Ё as well. Runs before doubles collapse, which
     * would take the и of {@code iio}.
     */
    private static CharSequence yoTypedAsIo(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            char afterNext = i + 2 < s.length() ? s.charAt(i + 2) : 0;
            if (c == 'i' && next == 'i' && afterNext == 'o') {
                out.append("ie");
                i += 3;
            } else if (c == 'i' && next == 'o') {
                boolean finalIon = afterNext == 'n' && i + 3 == s.length() && out.length() > 0
                        && !isVowel(out.charAt(out.length() - 1));
                out.append(finalIon ? "ie" : "e");
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out;
    }

    /**
     * Ш and Ч become one symbol each, {@code š} and {@code č}, as Ж, Х and Ц already are ({@code j}, {@code h},
     * {@code c}): a typo on one Cyrillic letter then stays one edit in the skeleton (Нуршшод, Шер / Гер), which is
     * what typo tolerance and the search's fuzzy query count. Every {@code sh} becomes {@code š}, also the
     * с + х of Исҳоқ, so that the passport's Ishoq still meets it.
     */
    private static CharSequence singleSymbols(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hFollows = i + 1 < s.length() && s.charAt(i + 1) == 'h';
            if (hFollows && (c == 's' || c == 'c')) {
                out.append(c == 's' ? 'š' : 'č');
                i++;
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /**
     * Only a-z survive: apostrophes, hyphens, and the middle dot ICU puts between letters it must keep
     * apart ({@code тс → t·s}), so that Latin typed by hand, which has no such dot, meets it.
     */
    private static String asciiLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Uzbek Latin: o' is ў (у), g' is ғ (г); any other apostrophe is dropped later with the non-letters. */
    private static String uzbekApostrophes(String latin) {
        StringBuilder out = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            boolean apostropheFollows = i + 1 < latin.length() && isApostrophe(latin.charAt(i + 1));
            if (c == 'o' && apostropheFollows) {
                out.append('u');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == 'ʼ' || c == 'ʻ' || c == '’' || c == '‘' || c == '`' || c == 'ʹ';
    }

    /**
     * ye/yo (and ie after a vowel) to e; every other y to i, so that ya, iya and ia are all {@code ia}, yu, iyu
     * and iu all {@code iu}, and -iy, -yy, -ij end in i. The glide is written {@code i} rather than {@code y}
     * because a typo that moves it (Nodira / Nodria, Tatyana / Taytana) then stays one edit. A final ij is i.
     * Doubles collapse afterwards, except in a spelling.
     */
    private static String glides(CharSequence s, boolean collapse) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            boolean afterVowel = out.length() > 0 && isVowel(out.charAt(out.length() - 1));
            if (c == 'i' && afterVowel && next == 'e') {
                // ICAO writes й as i: SURAIE is Сурайё, which BGN writes surayye
                out.append('e');
                i += 2;
            } else if (c == 'y' && (next == 'e' || next == 'o')) {
                out.append('e');
                i += 2;
            } else if (c == 'y') {
                out.append('i');
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        if (out.length() > 2 && out.charAt(out.length() - 1) == 'j' && out.charAt(out.length() - 2) == 'i') {
            // Sergej, Evgenij: a final j after i is the й of an ISO-style spelling, not Ҷ
            out.setLength(out.length() - 1);
        }
        return collapse ? collapseDoubles(out) : out.toString();
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static String tajikOldRendering(String s) {
        return s.replace("toj", "taj");
    }

    /**
     * Double letters become one, except the zz of a root in -з before -зода, -заде (Азиззода, Шероззода), which
     * would otherwise lose the last letter of its root (azi instead of aziz) and with it the root Азизов shares.
     */
    private static String collapseDoubles(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (out.length() == 0 || out.charAt(out.length() - 1) != c || zodaAfterRootInZ(s, i)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the z at {@code at}, after another z, begins a final -zoda, -zade, -zada or -zod. */
    private static boolean zodaAfterRootInZ(CharSequence s, int at) {
        if (s.charAt(at) != 'z' || at + 1 >= s.length() || s.charAt(at + 1) == 'z') {
            return false;
        }
        String ending = s.subSequence(at, s.length()).toString();
        return ending.equals("zoda") || ending.equals("zade") || ending.equals("zada") || ending.equals("zod");
    }

    /** Letters of a word by script, and how many of them have no look-alike in the other script. */
    private record ScriptCount(int distinctLatin, int lookAlikeLatin, int distinctCyrillic, int lookAlikeCyrillic) {

        static ScriptCount of(String word) {
            int distinctLatin = 0;
            int lookAlikeLatin = 0;
            int distinctCyrillic = 0;
            int lookAlikeCyrillic = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c)) {
                    continue;
                }
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (script == Character.UnicodeScript.LATIN) {
                    if (LATIN_LOOK_ALIKES.containsKey(c)) {
                        lookAlikeLatin++;
                    } else {
                        distinctLatin++;
                    }
                } else if (script == Character.UnicodeScript.CYRILLIC) {
                    if (CYRILLIC_LOOK_ALIKES.containsKey(c)) {
                        lookAlikeCyrillic++;
                    } else {
                        distinctCyrillic++;
                    }
                }
            }
            return new ScriptCount(distinctLatin, lookAlikeLatin, distinctCyrillic, lookAlikeCyrillic);
        }

        int latin() {
            return distinctLatin + lookAlikeLatin;
        }

        int cyrillic() {
            return distinctCyrillic + lookAlikeCyrillic;
        }
    }
}
