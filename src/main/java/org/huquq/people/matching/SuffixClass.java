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

    /** No recognised ending: the whole word is its root. */
    NONE(List.of());

    /** A root shorter than this keeps its ending: "Лев" is not the root "l" with -ev; "Ёров" is "er" with -ov. */
    static final int MIN_ROOT_LENGTH = 2;

    private final List<String> foldedEndings;

    SuffixClass(List<String> foldedEndings) {
        this.foldedEndings = foldedEndings;
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
