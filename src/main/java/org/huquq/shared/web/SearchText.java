package org.huquq.shared.web;

/** The free text of an API search. */
public final class SearchText {

    private SearchText() {
    }

    /**
     * Whether a search text can match nothing: given, but without a single letter or digit ({@code "}, {@code ...},
     * {@code «»}). Such a search answers an empty list; normalised away to "no text", it would answer every record.
     */
    public static boolean findsNothing(String text) {
        return text != null && !text.isBlank() && text.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
