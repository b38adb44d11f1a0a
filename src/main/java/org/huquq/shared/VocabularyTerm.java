package org.huquq.shared;

import java.util.Locale;

/**
 * A term of a controlled vocabulary as the acting user's institution sees it. {@code deprecated} terms are no
 * longer offered for new records but still name the records that use them.
 */
public record VocabularyTerm(String vocabulary, String code, String labelEn, String labelRu, String labelTg,
        int sortOrder, boolean deprecated, boolean builtIn) {

    /** The label in the locale's language (en, ru or tg; others read English). */
    public String label(Locale locale) {
        return Multilingual.pick(locale, labelEn, labelRu, labelTg);
    }
}
