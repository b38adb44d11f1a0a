package org.huquq.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Locale;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;
import org.springframework.util.StringUtils;

/**
 * The application's messages, formatted by ICU rather than {@link java.text.MessageFormat}: plurals by each
 * language's rules ({@code {0, plural, one {# letter} other {# letters}}}, Russian one/few/many), numbers as the
 * locale writes them (a decimal comma and a non-breaking space between thousands in Russian and Tajik), and dates
 * ({@code {0, date, d MMMM y}}) from {@link LocalDate} arguments. The month names of a date come from the message
 * {@value #MONTHS}, because the CLDR data of Java and ICU give Tajik months in the nominative and capitalised
 * ("03 Октябр 2024") where a Tajik date takes them lower case with the izofa ("3 октябри 2024").
 *
 * <p>Messages without arguments are returned as written, as Spring's own message sources do. ICU reads a single
 * apostrophe as a literal one, and two as one, so messages written for {@code java.text.MessageFormat} read the same.
 */
class IcuMessageSource extends ResourceBundleMessageSource {

    /** The twelve month names as a date in the language writes them, separated by commas. */
    static final String MONTHS = "web.date.months";

    /** A message source over the comma-separated {@code basenames}, UTF-8, without the system locale's fallback. */
    static IcuMessageSource of(String basenames) {
        IcuMessageSource source = new IcuMessageSource();
        source.setBasenames(StringUtils.commaDelimitedListToStringArray(StringUtils.trimAllWhitespace(basenames)));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || ObjectUtils.isEmpty(args)) {
            return super.getMessageInternal(code, args, locale);
        }
        Locale language = locale == null ? Locale.getDefault() : locale;
        String pattern = resolveCodeWithoutArguments(code, language);
        if (pattern == null) {
            return super.getMessageInternal(code, args, language);
        }
        return format(pattern, resolveArguments(args, language), language);
    }

    private String format(String pattern, Object[] args, Locale locale) {
        ULocale ulocale = ULocale.forLocale(locale);
        MessageFormat message = new MessageFormat(pattern, ulocale);
        java.text.Format[] formats = message.getFormatsByArgumentIndex();
        Object[] values = args.clone();
        for (int i = 0; i < formats.length && i < values.length; i++) {
            if (formats[i] instanceof DateFormat date) {
                values[i] = asDate(values[i]);
                // a LocalDate is a day, not an instant: format it in the zone it was turned into
                date.setTimeZone(TimeZone.GMT_ZONE);
                if (date instanceof SimpleDateFormat simple) {
                    simple.setDateFormatSymbols(symbols(ulocale, locale));
                }
                message.setFormatByArgumentIndex(i, date);
            }
        }
        return message.format(values);
    }

    private DateFormatSymbols symbols(ULocale ulocale, Locale locale) {
        DateFormatSymbols symbols = new DateFormatSymbols(ulocale);
        String months = resolveCodeWithoutArguments(MONTHS, locale);
        if (months != null) {
            String[] names = months.split("\\s*,\\s*");
            if (names.length == 12) {
                symbols.setMonths(names, DateFormatSymbols.FORMAT, DateFormatSymbols.WIDE);
            }
        }
        return symbols;
    }

    private static Object asDate(Object value) {
        if (value instanceof LocalDate day) {
            return Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        }
        if (value instanceof LocalDateTime time) {
            return Date.from(time.toInstant(ZoneOffset.UTC));
        }
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        return value;
    }
}
