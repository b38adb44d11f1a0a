package org.huquq.people.matching;

import java.util.List;

/**
 * The ending of a folded name word that marks it as a surname or patronymic, grouped so that spelling
 * variants of one ending share a class: Бобозода, Бобозаде and Bobozod are all {@link #ZODA}.
 * Two words with the same root and the same class are one name; the same root with different classes
 * (Каримов / Каримзода, Раҳмонов / Раҳмон) is only possibly one.
 */
public enum SuffixClass {

    /**
     * Patronymic: the Russian -ович, -евич, -овна, -евна, and a father's name followed by the Uzbek, Kyrgyz or
     * Azerbaijani word for "son of" or "daughter of" ({@code o'g'li, ўғли, угли, оглы, qizi, қизи, кизи, uulu,
     * уулу, kyzy, кызы}), which the folded words of a name join into one (see {@link NameFolding#isPatronymicWord}).
     * The root is the father's given name either way: Rustam o'g'li and Рустамович share {@code rustam}.
     */
    PATRONYMIC(List.of("ovič", "evič", "ovna", "evna", "ugli", "ogli", "kizi", "ulu")),

    /** Persian "son of": -зода, -заде, -зод, and the Latin -zoda, -zade, -zada, -zod. */
    ZODA(List.of("zoda", "zade", "zada", "zod")),

    /** Tajik plural-of-lineage ending: -иён, -ён, -иен, -iyon, -iyen, -ien, -ion. */
    IYON(List.of("ien")),

    /** Russian possessive ending in either sex: -ов, -ев, -ёв, -ова, -ева. */
    OV(List.of("ova", "eva", "ov", "ev")),

    /**
     * Russian possessive ending -ин, -ина, -ын, -ына (Ильин / Ильина, Фомин / Фомина). A family-name class only:
     * in a given name or patronymic the ending is part of the name (Валентин / Валентина, Нигина, Нуриддин).
     */
    IN(List.of("ina", "in")) {
        @Override
        String endingOf(String foldedWord) {
            // -иддин, -уддин (Нуриддин, Зайнуддин, folded nuridin) is the Arabic "of the faith", not -ин
            boolean din = foldedWord.endsWith("idin") || foldedWord.endsWith("udin");
            return din ? null : super.endingOf(foldedWord);
        }
    },

    /**
     * The Tajik nisba -ӣ (Ҳисорӣ, Раҳмонӣ; Хисори, Hisori, Хисорий in Russian and Latin): a final i after a
     * consonant. A family-name class only: Алӣ and Дмитрий are given names whose i is part of the name.
     */
    I(List.of("i")) {
        @Override
        String endingOf(String foldedWord) {
            int length = foldedWord.length();
            boolean afterConsonant = length >= 2 && "aeiou".indexOf(foldedWord.charAt(length - 2)) < 0;
            return afterConsonant ? super.endingOf(foldedWord) : null;
        }
    },

    /** No recognised ending: the whole word is its root. */
    NONE(List.of());

    /** A root shorter than this keeps its ending: "Лев" is not the root "l" with -ev; "Ёров" is "er" with -ov. */
    static final int MIN_ROOT_LENGTH = 2;

    private final List<String> foldedEndings;

    SuffixClass(List<String> foldedEndings) {
        this.foldedEndings = foldedEndings;
    }

    /**
     * Whether this class marks family names only: in a given name or patronymic its ending is read as part of the
     * name, and the word as having no class.
     */
    public boolean isFamilyNameOnly() {
        return this == IN || this == I;
    }

    /** The ending of this class the folded word ends in, or {@code null}. */
    String endingOf(String foldedWord) {
        for (String ending : foldedEndings) {
            if (foldedWord.endsWith(ending) && foldedWord.length() - ending.length() >= MIN_ROOT_LENGTH) {
                return ending;
            }
        }
        return null;
    }
}
