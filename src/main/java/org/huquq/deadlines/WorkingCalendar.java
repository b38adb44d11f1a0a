package org.huquq.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.huquq.deadlines.domain.CalendarDayEntry;
import org.huquq.deadlines.domain.CalendarDayRepository;
import org.huquq.deadlines.domain.CountryCalendar;
import org.huquq.deadlines.domain.CountryCalendarRepository;
import org.huquq.shared.AuditableChange;
import org.huquq.shared.Countries;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.PartialDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working days and deadlines per country (ISO 3166-1 alpha-2): a day is a working day unless it falls on the
 * country's weekend (Saturday and Sunday unless configured otherwise) or is a public holiday, and a weekend day
 * the calendar marks as a {@link CalendarDayKind#WORKING_DAY} is one. Holidays are facts of law, shared by every
 * institution of the installation.
 * <p>
 * Deadline rule: a period counted in calendar days that ends on a non-working day ends on the next working day
 * ({@link #addCalendarDays}).
 */
@Service
@Transactional(readOnly = true)
public class WorkingCalendar {

    /** Default weekly days off for a country without a configured calendar. */
    public static final Set<DayOfWeek> DEFAULT_WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    /** Longest stretch of consecutive non-working days accepted before the calendar is deemed broken. */
    private static final int MAX_NON_WORKING_RUN = 366;

    private final CountryCalendarRepository countries;
    private final CalendarDayRepository days;
    private final ApplicationEventPublisher events;

    WorkingCalendar(CountryCalendarRepository countries, CalendarDayRepository days,
            ApplicationEventPublisher events) {
        this.countries = countries;
        this.days = days;
        this.events = events;
    }

    /** The country's weekly days off. */
    public Set<DayOfWeek> weekendDays(String country) {
        requireCountry(country);
        return countries.findById(country).map(CountryCalendar::weekendDays).orElse(DEFAULT_WEEKEND);
    }

    public boolean isWorkingDay(String country, LocalDate date) {
        return new Lookup(country).isWorkingDay(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(String country, LocalDate date) {
        return new Lookup(country).onOrAfter(date.plusDays(1));
    }

    /** {@code date} itself when it is a working day, else the next working day. */
    public LocalDate workingDayOnOrAfter(String country, LocalDate date) {
        return new Lookup(country).onOrAfter(date);
    }

    /**
     * The day {@code workingDays} working days after {@code start} (the start day itself does not count):
     * {@code start} for zero.
     */
    public LocalDate addWorkingDays(String country, LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + workingDays);
        }
        Lookup lookup = new Lookup(country);
        LocalDate day = start;
        for (int counted = 0; counted < workingDays; counted++) {
            day = lookup.onOrAfter(day.plusDays(1));
        }
        return day;
    }

    /**
     * The end of a period of {@code calendarDays} days from {@code start}, moved to the next working day when it
     * falls on a weekend day or a holiday (the deadline rule).
     */
    public LocalDate addCalendarDays(String country, LocalDate start, int calendarDays) {
        if (calendarDays < 0) {
            throw new IllegalArgumentException("calendar days must not be negative: " + calendarDays);
        }
        return new Lookup(country).onOrAfter(start.plusDays(calendarDays));
    }

    /**
     * The dated entries (holidays, transferred days) of a country's calendar in one year, by date; a
     * {@link NotFoundException} for an unknown country or a year outside 1000..9999.
     */
    public List<CalendarDay> days(String country, int year) {
        requireCountry(country);
        if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
            throw new NotFoundException("calendar year", year);
        }
        return days.findByCountryCodeAndDateBetweenOrderByDate(country, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().map(WorkingCalendar::view).toList();
    }

    /**
     * Adds a holiday or a transferred working day to a country's calendar, audited in the same transaction.
     *
     * @throws DuplicateCalendarDayException when the country already has an entry on that date
     * @throws IllegalArgumentException when a field is missing or too long
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public CalendarDay addDay(String country, NewCalendarDay day) {
        requireCountry(country);
        if (day.date() == null || day.kind() == null) {
            throw new IllegalArgumentException("a calendar day needs a date and a kind");
        }
        for (String name : List.of(nullToEmpty(day.nameEn()), nullToEmpty(day.nameRu()), nullToEmpty(day.nameTg()))) {
            if (name.isBlank() || name.trim().length() > 200) {
                throw new IllegalArgumentException("every name is required, at most 200 characters");
            }
        }
        if (days.existsByCountryCodeAndDate(country, day.date())) {
            throw new DuplicateCalendarDayException(country, day.date());
        }
        CalendarDayEntry saved = days.saveAndFlush(new CalendarDayEntry(country, day.date(), day.kind(),
                day.nameEn().trim(), day.nameRu().trim(), day.nameTg().trim()));
        events.publishEvent(new AuditableChange("CREATE", "CalendarDay", saved.getId().toString(),
                country + " " + saved.getDate() + " " + saved.getKind()));
        return view(saved);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static void requireCountry(String country) {
        if (!Countries.isValid(country)) {
            throw new NotFoundException("country", country);
        }
    }

    private static CalendarDay view(CalendarDayEntry entry) {
        return new CalendarDay(entry.getCountryCode(), entry.getDate(), entry.getKind(), entry.getNameEn(),
                entry.getNameRu(), entry.getNameTg());
    }

    /** One calculation's view of a country's calendar, loading a year of entries at a time. */
    private final class Lookup {

        private final String country;
        private final Set<DayOfWeek> weekend;
        private final Map<Integer, Map<LocalDate, CalendarDayKind>> years = new HashMap<>();

        Lookup(String country) {
            this.weekend = weekendDays(country);
            this.country = country;
        }

        boolean isWorkingDay(LocalDate date) {
            CalendarDayKind kind = year(date.getYear()).get(date);
            if (kind != null) {
                return kind == CalendarDayKind.WORKING_DAY;
            }
            return !weekend.contains(date.getDayOfWeek());
        }

        LocalDate onOrAfter(LocalDate date) {
            LocalDate day = date;
            for (int run = 0; run <= MAX_NON_WORKING_RUN; run++) {
                if (isWorkingDay(day)) {
                    return day;
                }
                day = day.plusDays(1);
            }
            throw new IllegalStateException("the calendar of " + country + " has no working day for a year after "
                    + date);
        }

        private Map<LocalDate, CalendarDayKind> year(int year) {
            return years.computeIfAbsent(year, y -> {
                Map<LocalDate, CalendarDayKind> entries = new HashMap<>();
                days.findByCountryCodeAndDateBetweenOrderByDate(country, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31))
                        .forEach(e -> entries.put(e.getDate(), e.getKind()));
                return entries;
            });
        }
    }
}
