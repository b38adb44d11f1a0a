package org.huquq.imports.domain;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.huquq.people.Sex;
import org.huquq.shared.Countries;
import org.huquq.shared.PartialDate;

/**
 * The values of a list's cells as typed by whoever made the list: dates in ISO, the local {@code dd.MM.yyyy},
 * {@code d/M/yyyy} and {@code d/M/yy} (day first, as in the countries these lists come from), a year or a month
 * alone, and Excel's serial day numbers; sex and nationality in English, Russian or Tajik words or codes. A value
 * that cannot be read is {@code null}: the caller names the row and column.
 */
public final class CellValues {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ][0-9:.]+)?");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[./-](\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern SERIAL = Pattern.compile("\\d{2,6}(?:\\.\\d+)?");
    /** Excel's serial of 1 January 1900 is 1; of 31 December 2199, 109573: no list holds dates beyond. */
    private static final double LAST_SERIAL = 109_573;
    private static final Map<String, Sex> SEXES = sexes();
    private static final Map<String, String> COUNTRIES = countries();

    private CellValues() {
    }

    /**
     * A date that may be partial (a birth date known by its year, or its month: {@code 03.1985}, {@code 1985-03}):
     * {@code null} when the text is no date. A two-digit year is the latest year ending so that is not after
     * {@code today} ({@code 5/3/07} in 2025 is 2007, {@code 5/3/85} is 1985). A four-digit number alone is a year;
     * another number an Excel serial.
     */
    public static PartialDate partialDate(String text, LocalDate today) {
        String value = text.strip();
        if (YEAR.matcher(value).matches()) {
            int year = Integer.parseInt(value);
            return year >= PartialDate.MIN_YEAR ? PartialDate.ofYear(year) : null;
        }
        Matcher monthYear = MONTH_YEAR.matcher(value);
        if (monthYear.matches()) {
            int month = Integer.parseInt(monthYear.group(1));
            return month >= 1 && month <= 12 ? PartialDate.ofMonth(Integer.parseInt(monthYear.group(2)), month) : null;
        }
        Matcher isoMonth = ISO_MONTH.matcher(value);
        if (isoMonth.matches()) {
            int month = Integer.parseInt(isoMonth.group(2));
            return month >= 1 && month <= 12 ? PartialDate.ofMonth(Integer.parseInt(isoMonth.group(1)), month) : null;
        }
        LocalDate date = date(value, today);
        return date == null ? null : PartialDate.of(date);
    }

    /** A full date, as {@link #partialDate} reads one, or {@code null}. */
    public static LocalDate date(String text, LocalDate today) {
        String value = text.strip();
        try {
            Matcher iso = ISO.matcher(value);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
            Matcher local = DAY_FIRST.matcher(value);
            if (local.matches()) {
                String yearText = local.group(3);
                int year = Integer.parseInt(yearText);
                if (yearText.length() == 2) {
                    int century = today.getYear() / 100 * 100;
                    year = century + year > today.getYear() ? century - 100 + year : century + year;
                }
                return LocalDate.of(year, Integer.parseInt(local.group(2)), Integer.parseInt(local.group(1)));
            }
            if (SERIAL.matcher(value).matches()) {
                double serial = Double.parseDouble(value);
                return serial >= 1 && serial <= LAST_SERIAL ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
            }
        } catch (DateTimeException | NumberFormatException notADay) {
            // 31.02.1985: numbers in the right places that make no day
        }
        return null;
    }

    /** Female, male, or {@code null} for a word that says neither. */
    public static Sex sex(String text) {
        return SEXES.get(key(text));
    }

    /**
     * ISO 3166-1 alpha-2 codes of the countries named, one or several separated by commas, semicolons or slashes, by
     * code or by name in English, Russian or Tajik; {@code null} when one of them is no country.
     */
    public static Set<String> countries(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : text.split("[,;/]")) {
            if (part.isBlank()) {
                continue;
            }
            String upper = part.strip().toUpperCase(Locale.ROOT);
            String code = Countries.isValid(upper) ? upper : COUNTRIES.get(key(part));
            if (code == null) {
                return null;
            }
            codes.add(code);
        }
        return codes;
    }

    /** Lower case, NFC, ё as е, only letters and digits: how headers and words are compared. */
    public static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(key::appendCodePoint);
        return key.toString();
    }

    private static Map<String, Sex> sexes() {
        Map<String, Sex> sexes = new HashMap<>();
        for (String word : new String[] { "m", "male", "man", "м", "муж", "мужской", "мужчина", "мард", "мардона" }) {
            sexes.put(key(word), Sex.MALE);
        }
        for (String word : new String[] { "f", "w", "female", "woman", "ж", "з", "жен", "женский", "женщина", "зан",
                "занона" }) {
            sexes.put(key(word), Sex.FEMALE);
        }
        return Map.copyOf(sexes);
    }

    private static Map<String, String> countries() {
        Map<String, String> names = new HashMap<>();
        for (String code : Countries.all()) {
            for (String language : new String[] { "en", "ru", "tg" }) {
                names.putIfAbsent(key(Countries.name(code, Locale.forLanguageTag(language))), code);
            }
        }
        return Map.copyOf(names);
    }
}
