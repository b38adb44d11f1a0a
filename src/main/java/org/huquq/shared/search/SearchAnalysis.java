package org.huquq.shared.search;

/** Names of the analysers and normalisers every index uses, defined once per backend. */
public final class SearchAnalysis {

    /** Words of a name in any script: standard tokens, lower case, accents folded. */
    public static final String NAME = "huquq_name";

    /** Like {@link #NAME}, indexed as word prefixes so that "Колон" finds "Колония"; query with {@link #NAME}. */
    public static final String NAME_PREFIX = "huquq_name_prefix";

    /** A whole value, lower case and folded, for exact matching of codes and for sorting. */
    public static final String KEYWORD = "huquq_keyword";

    /**
     * Tokens already folded in Java (people's name keys): split on whitespace, nothing else, so that Lucene and
     * OpenSearch index exactly the same terms.
     */
    public static final String NAME_KEYS = "huquq_name_keys";

    private SearchAnalysis() {
    }

    /**
     * Whether a search text holds anything the analysers keep: a letter or a digit. Text of punctuation alone (a
     * stray quote, "...", "-") analyses to no word at all; a search for it must find nothing, not drop the
     * condition and list every record.
     */
    public static boolean isSearchable(String text) {
        return text != null && text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
