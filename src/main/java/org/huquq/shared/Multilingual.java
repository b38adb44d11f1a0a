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

    /**
     * The text in the locale's language, or else the first one given at all (English, Russian, Tajik, then
     * {@code others} in order); null when none is.
     */
    public static String pickOrAny(Locale locale, String english, String russian, String tajik, String... others) {
        String preferred = pick(locale, english, russian, tajik);
        if (preferred != null && !preferred.isBlank()) {
            return preferred;
        }
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(english, russian, tajik),
                java.util.Arrays.stream(others)).filter(text -> text != null && !text.isBlank()).findFirst()
                .orElse(null);
    }
}
