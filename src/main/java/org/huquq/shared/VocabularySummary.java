package org.huquq.shared;

import java.util.Locale;

/** A controlled vocabulary: its stable code (such as {@code place-type}) and its name in three languages. */
public record VocabularySummary(String code, String nameEn, String nameRu, String nameTg) {

    public String name(Locale locale) {
        return Multilingual.pick(locale, nameEn, nameRu, nameTg);
    }
}
