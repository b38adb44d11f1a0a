package org.huquq.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ISO 3166-1 alpha-2 country codes and their names in English, Russian and Tajik.
 * <p>
 * English and Russian names come from the JDK's CLDR locale data. Tajik names come first from
 * {@code org/huquq/shared/countries_tg.properties} (the countries that matter most here, fixed whatever the JDK
 * holds), then from CLDR, which has Tajik names for almost every country; for a country with no Tajik name in
 * either, the Russian name is shown, which every Tajik reader understands. Any other language reads English.
 */
public final class Countries {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final Locale RUSSIAN = new Locale("ru");
    private static final Locale TAJIK = new Locale("tg");

    private static final List<String> CODES = List.copyOf(new TreeSet<>(Arrays.asList(Locale.getISOCountries())));
    private static final Set<String> CODE_SET = Set.copyOf(CODES);
    private static final Properties TAJIK_NAMES = load("/org/huquq/shared/countries_tg.properties");
    /** The sorted lists by language: every form with a country field shows one, and sorting costs a millisecond. */
    private static final Map<String, List<CountryName>> SORTED = new ConcurrentHashMap<>();

    private Countries() {
    }

    /** Every ISO 3166-1 alpha-2 code the JDK knows, in alphabetical order of the codes. */
    public static List<String> all() {
        return CODES;
    }

    /** True for an upper-case ISO 3166-1 alpha-2 code such as {@code TJ}. */
    public static boolean isValid(String code) {
        return code != null && CODE_SET.contains(code);
    }

    /**
     * The country's name in the locale's language (en, ru or tg; others read English).
     *
     * @throws IllegalArgumentException for a code that is not an ISO 3166-1 alpha-2 code
     */
    public static String name(String code, Locale locale) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("'" + code + "' is not an ISO 3166-1 alpha-2 country code");
        }
        Locale country = new Locale("", code);
        String language = locale == null ? "en" : locale.getLanguage();
        switch (language) {
            case "ru":
                return country.getDisplayCountry(RUSSIAN);
            case "tg":
                String fixed = TAJIK_NAMES.getProperty(code);
                if (fixed != null) {
                    return fixed;
                }
                String cldr = country.getDisplayCountry(TAJIK);
                return isCyrillic(cldr) ? cldr : country.getDisplayCountry(RUSSIAN);
            default:
                return country.getDisplayCountry(ENGLISH);
        }
    }

    /** Every country with its name in the locale's language, sorted by that name (for select lists). */
    public static List<CountryName> sortedByName(Locale locale) {
        String language = locale == null || locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
        return SORTED.computeIfAbsent(language, Countries::sort);
    }

    private static List<CountryName> sort(String language) {
        Locale locale = new Locale(language);
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().map(code -> new CountryName(code, name(code, locale)))
                .sorted(Comparator.comparing(CountryName::name, collator)).toList();
    }

    private static boolean isCyrillic(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = Countries.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
