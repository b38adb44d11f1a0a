package org.huquq.people.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The matching key of one name as written: the tokens a search index holds for it, and the tokens of
 * a query, in the same format so that the index field needs no analysis beyond splitting on spaces.
 *
 * <p>Format: for each word of the cleaned name, in order, its skeleton {@link NameFolding#fold(String)}
 * and its root token {@code "r_" + NameFolding.root(skeleton)}; duplicates are dropped, words without
 * letters are skipped. "Бобозода Умед" gives {@code [bobozoda, r_bobo, umed, r_umed]}; "Bobozade Umed"
 * gives {@code [bobozade, r_bobo, umed, r_umed]}. A skeleton match is a spelling variant of the same
 * word; a root-only match (Каримов found by Каримзода through {@code r_karim}) is a possible match that
 * {@link NameSimilarity} then judges. The people module indexes {@link #text()} in a whitespace- or
 * keyword-tokenised field on both Lucene and OpenSearch, so all the folding happens here, in Java,
 * and both backends see the same tokens.
 *
 * @param tokens the tokens in order, without duplicates
 */
public record NameKey(List<String> tokens) {

    /** The prefix of root tokens; skeletons are plain a-z, so they never start with it. */
    public static final String ROOT_PREFIX = "r_";

    public NameKey {
        tokens = List.copyOf(tokens);
    }

    /**
     * The key of a name as written, or of a query typed in any script; both have the same format.
     *
     * @param name a full name, or any part of one, as typed
     * @return its key, with no tokens when the name has no letters
     */
    public static NameKey of(String name) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String word : words(name)) {
            String skeleton = NameFolding.fold(word);
            if (!skeleton.isEmpty()) {
                tokens.add(skeleton);
                tokens.add(ROOT_PREFIX + NameFolding.root(skeleton));
            }
        }
        return new NameKey(new ArrayList<>(tokens));
    }

    /** The tokens joined by single spaces: the value of the index field. */
    public String text() {
        return String.join(" ", tokens);
    }

    /** The skeleton tokens only, without root tokens. */
    public List<String> skeletons() {
        return tokens.stream().filter(token -> !token.startsWith(ROOT_PREFIX)).toList();
    }

    /** The cleaned words of a name, split on whitespace. */
    static List<String> words(String name) {
        String cleaned = NameFolding.clean(name);
        return cleaned.isEmpty() ? List.of() : List.of(cleaned.split(" "));
    }
}
