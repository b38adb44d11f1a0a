package org.huquq.identity;

import java.util.List;
import java.util.Locale;

/** The languages of the user interface. */
public final class Languages {

    public static final List<String> SUPPORTED = List.of("en", "ru", "tg");

    public static final String DEFAULT = "en";

    private Languages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    public static Locale locale(String language) {
        return Locale.forLanguageTag(isSupported(language) ? language : DEFAULT);
    }
}
