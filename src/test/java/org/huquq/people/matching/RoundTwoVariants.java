package org.huquq.people.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.huquq.people.matching.NameVariantCorpusGenerator.FamilyForm;
import org.huquq.people.matching.NameVariantCorpusGenerator.Origin;
import org.huquq.people.matching.NameVariantCorpusGenerator.Person;

/**
 * The harder spellings of issue 11, drawn for one person with a seed: what a name becomes when it is written in
 * Persian letters, heard with another first letter, read by a scanner, found in a Soviet-era record, changed twice,
 * mistyped inside a digraph or in a four-letter word, typed as Uzbek Latin without its apostrophes, written with the
 * Tajik words for "son of" and "daughter of", or mistyped one edit beyond what typo tolerance allows. Each variant is
 * written from the spelling habits it imitates, independently of {@link NameFolding}, so that the people benchmark
 * and the round-two corpus test the folding rather than restate it. A kind that does not apply to a person (no
 * Persian rendering of a Russian, no first letter of a class) gives no variant.
 */
public final class RoundTwoVariants {

    /** The kinds of issue 11, each measured on its own. */
    public enum Kind {
        PERSO_ARABIC("Perso-Arabic script"),
        FIRST_LETTER("another first letter"),
        OCR("OCR confusions"),
        SOVIET_FORM("Soviet-era form"),
        STACKED("two changes stacked"),
        DIGRAPH_TYPO("typo in a digraph or on я ю ё"),
        SHORT_WORD_TYPO("typo in a four-letter word"),
        UZBEK_NO_APOSTROPHE("Uzbek Latin without apostrophes"),
        PATRONYMIC_WORD("Tajik patronymic words"),
        NEAR_MISS("given name two edits off");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One hard spelling of a person's name, of one kind. */
    public record Variant(Kind kind, String fullForm) {
    }

    private final Random random;
    private final NameVariantCorpusGenerator rules;

    public RoundTwoVariants(long seed) {
        this.random = new Random(seed);
        this.rules = new NameVariantCorpusGenerator(random.nextLong());
    }

    /** The variants of every kind that applies to the person, family name first where there is an order. */
    public List<Variant> variantsOf(Person p) {
        List<Variant> out = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            String fullForm = switch (kind) {
                case PERSO_ARABIC -> persoArabic(p);
                case FIRST_LETTER -> firstLetter(p);
                case OCR -> ocr(p);
                case SOVIET_FORM -> sovietForm(p);
                case STACKED -> stacked(p);
                case DIGRAPH_TYPO -> digraphTypo(p);
                case SHORT_WORD_TYPO -> shortWordTypo(p);
                case UZBEK_NO_APOSTROPHE -> uzbekWithoutApostrophes(p);
                case PATRONYMIC_WORD -> patronymicWords(p);
                case NEAR_MISS -> nearMiss(p);
            };
            if (fullForm != null) {
                out.add(new Variant(kind, fullForm));
            }
        }
        return out;
    }

    // --- Perso-Arabic --------------------------------------------------------------------------------------------

    /** Tajik and Uzbek names in Persian letters, as Afghan and Iranian documents write them; short vowels unwritten. */
    private String persoArabic(Person p) {
        if (p.origin() != Origin.TAJIK && p.origin() != Origin.UZBEK) {
            return null;
        }
        return NameVariantCorpusGenerator.join(persian(p.family(), true), persian(p.given(), false));
    }

    private String persian(String word, boolean familyName) {
        String lower = word.toLowerCase(Locale.ROOT);
        String ending = "";
        if (familyName && lower.endsWith("зода")) {
            lower = lower.substring(0, lower.length() - 4);
            ending = (random.nextInt(3) == 0 ? "\u200C" : "") + "زاده";
        } else if (familyName && (lower.endsWith("ов") || lower.endsWith("ев"))) {
            lower = lower.substring(0, lower.length() - 2);
            ending = random.nextBoolean() ? "وف" : "اف";
        } else if (familyName && (lower.endsWith("ова") || lower.endsWith("ева"))) {
            lower = lower.substring(0, lower.length() - 3);
            ending = "وا";
        } else if (familyName && lower.endsWith("иён")) {
            lower = lower.substring(0, lower.length() - 3);
            ending = "یان";
        }
        StringBuilder out = new StringBuilder();
        if (lower.equals("муҳаммад")) {
            return "محمد";
        }
        if (lower.startsWith("абду")) {
            out.append("عبدال");
            lower = lower.substring(lower.startsWith("абдул") ? 5 : 4);
            if (lower.isEmpty()) {
                return out + ending;
            }
        }
        int din = Math.max(lower.indexOf("иддин"), lower.indexOf("уддин"));
        String tail = "";
        if (din > 0) {
            tail = "الدین";
            lower = lower.substring(0, din);
        }
        for (int i = 0; i < lower.length(); i++) {
            boolean start = i == 0 && out.isEmpty();
            boolean end = i == lower.length() - 1 && tail.isEmpty() && ending.isEmpty();
            char c = lower.charAt(i);
            out.append(switch (c) {
                case 'а' -> start ? "ا" : end ? (random.nextInt(10) == 0 ? "ة" : "ه") : "";
                case 'о' -> start ? "آ" : "ا";
                case 'и' -> start ? "ا" : end || random.nextInt(5) < 3 ? ya() : "";
                case 'ӣ' -> ya();
                case 'у', 'ӯ', 'ў' -> start ? "او" : c == 'у' && random.nextInt(5) == 0 ? "" : "و";
                case 'е' -> start ? "ا" : ya();
                case 'э' -> "ا";
                case 'ё' -> "یا";
                case 'ю' -> "یو";
                case 'я' -> end ? "یه" : "یا";
                case 'б' -> "ب";
                case 'п' -> "پ";
                case 'т' -> random.nextInt(10) == 0 ? "ط" : "ت";
                case 'ҷ' -> "ج";
                case 'ж' -> "ژ";
                case 'ч' -> "چ";
                case 'х' -> "خ";
                case 'ҳ' -> random.nextBoolean() ? "ح" : "ه";
                case 'д' -> "د";
                case 'р' -> "ر";
                case 'з' -> random.nextInt(5) == 0 ? "ذ" : "ز";
                case 'с' -> random.nextInt(5) == 0 ? "ص" : "س";
                case 'ш' -> "ش";
                case 'ғ' -> "غ";
                case 'ф' -> "ف";
                case 'қ' -> "ق";
                case 'к' -> random.nextInt(3) == 0 ? "ك" : "ک";
                case 'г' -> "گ";
                case 'л' -> "ل";
                case 'м' -> "م";
                case 'н' -> "ن";
                case 'в' -> "و";
                case 'й' -> ya();
                case 'ъ' -> "ع";
                default -> "";
            });
        }
        return out + tail + ending;
    }

    /** Persian yeh, sometimes typed as the Arabic one, as on a keyboard set to Arabic. */
    private String ya() {
        return random.nextInt(5) == 0 ? "ي" : "ی";
    }

    // --- first letter --------------------------------------------------------------------------------------------

    /**
     * One word with its first letter heard or written another way: Zh/Z, J/I/Y, Ph/F, Tz/Ts, Dz/Dzh at the start of a
     * Latin word, Russian А for Tajik О at the start of a Cyrillic one.
     */
    private String firstLetter(Person p) {
        String family = firstLetterOf(p.family());
        if (family != null) {
            return NameVariantCorpusGenerator.join(family, word(p.given(), family));
        }
        String given = firstLetterOf(p.given());
        return given == null ? null : NameVariantCorpusGenerator.join(word(p.family(), given), given);
    }

    /** The other word of a name, in the script of the changed one. */
    private String word(String word, String changed) {
        return isLatin(changed) ? rules.informal(word) : word;
    }

    private String firstLetterOf(String word) {
        char first = word.charAt(0);
        String informalRest = rules.informal(word.substring(1));
        String rest = Character.toLowerCase(informalRest.charAt(0)) + informalRest.substring(1);
        return switch (first) {
            case 'Ж' -> "Z" + rest;
            case 'Ҷ' -> pick("Dz", "Z") + rest;
            case 'Ю' -> "Ju" + rest;
            case 'Я' -> "Ja" + rest;
            case 'Ё' -> "Jo" + rest;
            case 'Й' -> "J" + rest;
            case 'Ф' -> "Ph" + rest;
            case 'Ц' -> "Tz" + rest;
            case 'О' -> "А" + word.substring(1);
            case 'Ӯ', 'Ў' -> "О" + word.substring(1);
            default -> null;
        };
    }

    // --- OCR ------------------------------------------------------------------------------------------------------

    /** A scanned passport or list: m read as rn, d as cl, O as 0, I or l as 1, S as 5; in Cyrillic о, з, б as 0, 3, 6. */
    private String ocr(Person p) {
        if (random.nextInt(3) == 0) {
            String family = scanCyrillic(p.family());
            return family == null ? null : NameVariantCorpusGenerator.join(family, p.given());
        }
        String family = NameVariantCorpusGenerator.passportLatin(p, p.family()).toUpperCase(Locale.ROOT);
        String given = NameVariantCorpusGenerator.passportLatin(p, p.given()).toUpperCase(Locale.ROOT);
        boolean lowerCase = random.nextBoolean();
        if (lowerCase) {
            family = capitalised(family);
            given = capitalised(given);
        }
        String scanned = scanLatin(family);
        if (scanned.equals(family) || random.nextBoolean()) {
            String scannedGiven = scanLatin(given);
            if (!scannedGiven.equals(given)) {
                return NameVariantCorpusGenerator.join(family, scannedGiven);
            }
        }
        return scanned.equals(family) ? null : NameVariantCorpusGenerator.join(scanned, given);
    }

    private String scanLatin(String word) {
        List<int[]> places = new ArrayList<>();
        String[][] confusions = { { "m", "rn" }, { "M", "RN" }, { "d", "cl" }, { "D", "CL" }, { "o", "0" }, { "O", "0" },
                { "l", "1" }, { "I", "1" }, { "i", "l" }, { "l", "I" }, { "s", "5" }, { "S", "5" } };
        for (int i = 1; i < word.length(); i++) {
            for (int k = 0; k < confusions.length; k++) {
                if (word.startsWith(confusions[k][0], i)) {
                    places.add(new int[] { i, k });
                }
            }
        }
        if (places.isEmpty()) {
            return word;
        }
        int[] place = places.get(random.nextInt(places.size()));
        return word.substring(0, place[0]) + confusions[place[1]][1] + word.substring(place[0] + 1);
    }

    private String scanCyrillic(String word) {
        String from = "озбОЗБ";
        String to = "036036";
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i < word.length(); i++) {
            if (from.indexOf(word.charAt(i)) >= 0) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int at = places.get(random.nextInt(places.size()));
        return word.substring(0, at) + to.charAt(from.indexOf(word.charAt(at))) + word.substring(at + 1);
    }

    private static String capitalised(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }

    // --- Soviet-era forms, stacked changes ---------------------------------------------------------------------

    /**
     * A Tajik surname as a Soviet record wrote it: Russian letters, the root's о heard as а, and -ов in place of
     * -зода, -иён or no ending (Аҳмадҷон / Ахмаджанов, Гулнорзода / Гулнаров); given names in -ҷон as -джан.
     */
    private String sovietForm(Person p) {
        if (p.origin() != Origin.TAJIK || p.form() == FamilyForm.NISBA) {
            return null;
        }
        String root = NameVariantCorpusGenerator.russianLetters(p.root());
        String family = shiftVowel(root) + (root.endsWith("и") || root.endsWith("о") ? "ев" : "ов") + (p.female() ? "а" : "");
        String given = NameVariantCorpusGenerator.russianLetters(p.given()).replace("джон", "джан");
        if (family.equals(NameVariantCorpusGenerator.russianLetters(p.family()))) {
            given = shiftVowel(given);
        }
        String soviet = NameVariantCorpusGenerator.join(family, given);
        boolean changed = !soviet.equals(NameVariantCorpusGenerator.join(NameVariantCorpusGenerator.russianLetters(
                p.family()), NameVariantCorpusGenerator.russianLetters(p.given())));
        return changed ? soviet : null;
    }

    /** The last о of a root heard as а, as Russian speakers hear an unstressed о; a root without о keeps its vowels. */
    private static String shiftVowel(String root) {
        int at = root.lastIndexOf('о');
        return at < 1 ? root : root.substring(0, at) + 'а' + root.substring(at + 1);
    }

    /** Two changes at once: a rendering and a typo, or a vowel shift and -zade. */
    private String stacked(Person p) {
        String typed = switch (random.nextInt(3)) {
            case 0 -> NameVariantCorpusGenerator.join(rules.typo(rules.informal(p.family())), rules.informal(p.given()));
            case 1 -> NameVariantCorpusGenerator.join(rules.typo(rules.russianRendering(p).family()), p.given());
            default -> p.form() == FamilyForm.ZODA && p.root().indexOf('о') > 0
                    ? NameVariantCorpusGenerator.join(rules.informal(shiftVowel(NameVariantCorpusGenerator
                            .russianLetters(p.root())) + "заде"), rules.informal(p.given()))
                    : NameVariantCorpusGenerator.join(rules.typo(NameVariantCorpusGenerator.icao(
                            NameVariantCorpusGenerator.russianLetters(p.family()))), p.given());
        };
        return typed.equals(NameVariantCorpusGenerator.join(p.family(), p.given())) ? null : typed;
    }

    // --- typos ----------------------------------------------------------------------------------------------------

    /** A typo inside kh, zh, sh, ch (swapped, doubled, or its h lost), or on я, ю, ё (another vowel). */
    private String digraphTypo(Person p) {
        String family = digraphTypo(p.family());
        if (family != null) {
            return NameVariantCorpusGenerator.join(family, family.equals(p.family()) ? p.given() : word(p.given(), family));
        }
        String given = digraphTypo(p.given());
        return given == null ? null : NameVariantCorpusGenerator.join(word(p.family(), given), given);
    }

    private String digraphTypo(String word) {
        String cyrillic = word.substring(1);
        for (char vowel : new char[] { 'я', 'ю', 'ё' }) {
            int at = cyrillic.indexOf(vowel);
            if (at >= 0) {
                String other = switch (vowel) {
                    case 'я' -> pick("е", "а", "и");
                    case 'ю' -> pick("у", "и");
                    default -> pick("о", "и");
                };
                return word.charAt(0) + cyrillic.substring(0, at) + other + cyrillic.substring(at + 1);
            }
        }
        String latin = rules.informal(word);
        for (String digraph : List.of("kh", "zh", "sh", "ch")) {
            int at = latin.indexOf(digraph, 1);
            if (at >= 0) {
                String typo = switch (random.nextInt(3)) {
                    case 0 -> new StringBuilder(digraph).reverse().toString();
                    case 1 -> digraph + "h";
                    default -> digraph.substring(0, 1);
                };
                return latin.substring(0, at) + typo + latin.substring(at + 2);
            }
        }
        return null;
    }

    /** One letter replaced or two swapped in a word of four letters (not the first letter). */
    private String shortWordTypo(Person p) {
        boolean familyShort = letters(p.family()) == 4;
        String word = familyShort ? p.family() : letters(p.given()) == 4 ? p.given() : null;
        if (word == null) {
            return null;
        }
        int at = 1 + random.nextInt(word.length() - 2);
        String typo = random.nextBoolean()
                ? word.substring(0, at) + NameVariantCorpusGenerator.neighbour(word.charAt(at)) + word.substring(at + 1)
                : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
        return familyShort ? NameVariantCorpusGenerator.join(typo, p.given()) : NameVariantCorpusGenerator.join(p.family(), typo);
    }

    private static int letters(String word) {
        return (int) word.codePoints().filter(Character::isLetter).count();
    }

    /** Uzbek passport Latin as MRZ lines and keyboards without ʻ write it: O for Oʻ, G for Gʻ. */
    private String uzbekWithoutApostrophes(Person p) {
        if (p.origin() != Origin.UZBEK) {
            return null;
        }
        String family = NameVariantCorpusGenerator.passportLatin(p, p.family());
        String given = NameVariantCorpusGenerator.passportLatin(p, p.given());
        String full = NameVariantCorpusGenerator.join(family, given);
        if (full.indexOf('ʻ') < 0) {
            return null;
        }
        String bare = full.replace("ʻ", "");
        return random.nextBoolean() ? bare.toUpperCase(Locale.ROOT) : bare;
    }

    /** The Tajik "son of" and "daughter of" (писари, духтари, or the Arabic ибни) before the father's name. */
    private String patronymicWords(Person p) {
        if (p.origin() != Origin.TAJIK || p.patronymic() == null) {
            return null;
        }
        String father = p.patronymic().replaceAll("(ович|евич|овна|евна)$", "");
        if (father.equals(p.patronymic())) {
            return null;
        }
        String word = p.female() ? "духтари" : pick("писари", "ибни");
        return random.nextBoolean() ? NameVariantCorpusGenerator.join(p.family(), p.given(), word, father)
                : NameVariantCorpusGenerator.join(p.given(), word, father, p.family());
    }

    /** The family name right and the given name two edits off: one more than typo tolerance allows. */
    private String nearMiss(Person p) {
        if (p.given().length() < 6) {
            return null;
        }
        String given = p.given();
        String once = rules.typo(given);
        String twice = once;
        for (int attempt = 0; attempt < 10 && NameSimilarity.damerauLevenshtein(twice, given) < 2; attempt++) {
            twice = rules.typo(once);
        }
        return NameSimilarity.damerauLevenshtein(twice, given) < 2 ? null : NameVariantCorpusGenerator.join(p.family(), twice);
    }

    private static boolean isLatin(String word) {
        return word.codePoints().anyMatch(c -> c >= 'A' && c <= 'z');
    }

    private String pick(String... values) {
        return values[random.nextInt(values.length)];
    }
}
