package org.huquq.shared;

import java.util.Locale;

/** Chooses among texts kept in English, Russian and Tajik by the reader's language; others read English. */
public final class Multilingual {

    private Multilingual() {
    }

    public static String pick(Locale locale, String english, String russian, String tajik) {
        String language = locale == null ? "en" : locale.getLanguage();
        return switch (language) {
            case "ru" -> russian;
            case "tg" -> tajik;
            default -> english;
        };
    }
}
