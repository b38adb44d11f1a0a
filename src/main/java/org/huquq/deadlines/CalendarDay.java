package org.huquq.deadlines;

import java.time.LocalDate;
import java.util.Locale;

import org.huquq.shared.Multilingual;

/**
 * A dated exception to a country's working week, with its name in English, Russian and Tajik: a day of the calendar
 * every institution shares ({@code shared}), or one the reader's institution added to its own calendar.
 */
public record CalendarDay(String country, LocalDate date, CalendarDayKind kind, String nameEn, String nameRu,
        String nameTg, boolean shared) {

    public String name(Locale locale) {
        return Multilingual.pick(locale, nameEn, nameRu, nameTg);
    }
}
