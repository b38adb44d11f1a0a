package org.huquq.people.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matching key of one name as written: the tokens a search index holds for it, and the tokens of
 * a query, in the same format so that the index field needs no analysis beyond splitting on spaces.
 *
 * <p>Format: for each word of the cleaned name, in order, its skeleton {@link NameFolding#fold(String)},
 * its root token {@code "r_" + NameFolding.root(skeleton)}, and its {@linkplain
 * NameFolding#foldWithSpelling(String) spelling} when that differs from the skeleton; duplicates are dropped,
 * words without letters are skipped. "Бобозода Умед" gives {@code [bobozoda, r_bobo, umed, r_umed]};
 * "Bobozade Umed" gives {@code [bobozade, r_bobo, umed, r_umed]}; "Шариф" gives {@code [šarif, r_šarif,
 * sharif]}. A patronymic word (o'g'li, qizi, uulu, kyzy) is joined to the father's name before it: "Rustam
 * o'g'li" gives {@code [rustamugli, r_rustam]}, the root token of Рустамович.
 *
 * <p>A skeleton match is a spelling variant of the same word; a root-only match (Каримов found by Каримзода
 * through {@code r_karim}) is a possible match that {@link NameSimilarity} then judges. Spellings are there
 * for fuzzy matching only: a spelling that differs from its skeleton keeps something no skeleton has
 * ({@code sh}, {@code ch}, {@code io}, {@code toj}, a double letter other than the {@code zz} of -ззода), so an
 * exact skeleton match never lands on one. The people module indexes
 * {@link #text()} in a whitespace- or keyword-tokenised field on both Lucene and OpenSearch, so all the
 * folding happens here, in Java, and both backends see the same tokens.
 *
 * @param words the keys of the words of the name, in order
 */
public record NameKey(List<WordKey> words) {

    /**
     * The version of the folding rules. Raise it with every change that gives a name other keys: names stored
     * under an older version are keyed again when the application starts (people's {@code NameKeysUpgrade}).
     * 1: the first rules; 2: one-letter fuzzy prefix, spellings, ё typed io, patronymic words, -ин and -ӣ; 3: Persian
     * letters, consonant tokens, digits and capitals a scanner misread, Ph, Tz and Dz at the start, писари, духтари
     * and ибни, -иддин not the ending -ин.
     */
    public static final int RULES_VERSION = 3;

    /** The prefix of root tokens; skeletons are letters only (a-z, š, č), so they never start with it. */
    public static final String ROOT_PREFIX = "r_";

    /**
     * The prefix of consonant tokens, {@link NameFolding#consonants} of the word: of the whole word rather than its
     * root, so that Холаматиён written خالمتیان meets Холаматиён before the many Холматов, and a given name in -ин
     * (Эркин) keeps its n.
     */
    public static final String CONSONANTS_PREFIX = "c_";

    /**
     * The key of one word.
     *
     * @param skeleton the word {@linkplain NameFolding#fold(String) folded}
     * @param root its root token, {@link #ROOT_PREFIX} and {@link NameFolding#root(String)} of the skeleton
     * @param spelling its {@linkplain NameFolding#foldWithSpelling(String) spelling}, equal to the skeleton
     *        for most words
     * @param consonants its consonant token, {@link #CONSONANTS_PREFIX} and {@link NameFolding#consonants} of the
     *        word, or {@code null} when it has fewer than two consonants (too common a token to look for)
     */
    public record WordKey(String skeleton, String root, String spelling, String consonants) {
    }

    public NameKey {
        words = List.copyOf(words);
    }

    /**
     * The key of a name as written, or of a query typed in any script; both have the same format.
     *
     * @param name a full name, or any part of one, as typed
     * @return its key, with no words when the name has no letters
     */
    public static NameKey of(String name) {
        List<WordKey> keys = new ArrayList<>();
        for (NameFolding.Folded word : foldedWords(name)) {
            String consonants = NameFolding.consonants(word.skeleton());
            keys.add(new WordKey(word.skeleton(), ROOT_PREFIX + NameFolding.root(word.skeleton()), word.spelling(),
                    consonants.length() >= 2 ? CONSONANTS_PREFIX + consonants : null));
        }
        return new NameKey(keys);
    }

    /**
     * The folded words of a name in order, without words that have no letters; a {@linkplain
     * NameFolding#isPatronymicWord(String) patronymic word} joins the father's name before it ("Rustam o'g'li" is
     * {@code rustamugli}, whose root {@code rustam} is that of Рустамович), so that it is not searched for as a name.
     */
    static List<NameFolding.Folded> foldedWords(String name) {
        List<NameFolding.Folded> folded = new ArrayList<>();
        String sonOf = null;
        for (String word : words(name)) {
            NameFolding.Folded read = NameFolding.foldWithSpelling(word);
            int last = folded.size() - 1;
            if (read.skeleton().isEmpty()) {
                continue;
            }
            String before = NameFolding.patronymicWordBefore(read.skeleton());
            if (before != null) {
                sonOf = before;
            } else if (sonOf != null) {
                folded.add(new NameFolding.Folded(read.skeleton() + sonOf, read.spelling() + sonOf));
                sonOf = null;
            } else if (last >= 0 && NameFolding.isPatronymicWord(read.skeleton())) {
                NameFolding.Folded father = folded.get(last);
                folded.set(last, new NameFolding.Folded(father.skeleton() + read.skeleton(),
                        father.spelling() + read.spelling()));
            } else {
                folded.add(read);
            }
        }
        return folded;
    }

    /** The index tokens in order, without duplicates: per word its skeleton, root token and differing spelling. */
    public List<String> tokens() {
        Set<String> tokens = new LinkedHashSet<>();
        for (WordKey word : words) {
            tokens.add(word.skeleton());
            tokens.add(word.root());
            tokens.add(word.spelling());
            if (word.consonants() != null) {
                tokens.add(word.consonants());
            }
        }
        return new ArrayList<>(tokens);
    }

    /** The tokens joined by single spaces: the value of the index field. */
    public String text() {
        return String.join(" ", tokens());
    }

    /** The skeletons of the words, in order, without duplicates; no root tokens, no spellings. */
    public List<String> skeletons() {
        return words.stream().map(WordKey::skeleton).distinct().toList();
    }

    /** The cleaned words of a name, split on whitespace. */
    static List<String> words(String name) {
        String cleaned = NameFolding.clean(name);
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
    }
}
