package org.huquq.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.huquq.deadlines.domain.CalendarDayEntry;
import org.huquq.deadlines.domain.CalendarDayRepository;
import org.huquq.deadlines.domain.CountryCalendar;
import org.huquq.deadlines.domain.CountryCalendarRepository;
import org.huquq.identity.CurrentUser;
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
 * the calendar marks as a {@link CalendarDayKind#WORKING_DAY} is one.
 * <p>
 * Each institution has its own calendar of each country: the days every institution shares (shipped by the
 * migrations, read-only here), less the shared days it removed, plus the days it added. An administrator's change
 * reaches only their institution's calendar and audit trail. Every method answers for the acting user's institution
 * (the shared days only when no one is signed in).
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

    private static final String AUDIT_TYPE = "CalendarDay";

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
     * The dated entries (holidays, transferred days) of the acting institution's calendar of a country in one year, by
     * date; a {@link NotFoundException} for an unknown country or a year outside 1000..9999.
     */
    public List<CalendarDay> days(String country, int year) {
        return effective(entries(country, year)).values().stream().map(WorkingCalendar::view).toList();
    }

    /** The shared days of a country in one year that the institution removed from its calendar, by date. */
    public List<CalendarDay> removedDays(String country, int year) {
        List<CalendarDayEntry> rows = entries(country, year);
        Set<LocalDate> withdrawn = rows.stream().filter(CalendarDayEntry::isWithdrawn).map(CalendarDayEntry::getDate)
                .collect(Collectors.toSet());
        return rows.stream().filter(e -> e.isShared() && withdrawn.contains(e.getDate())).map(WorkingCalendar::view)
                .toList();
    }

    /**
     * Adds a holiday or a transferred working day to the administrator's institution's calendar of a country, audited
     * in the same transaction, in the institution's chain. Other institutions' calendars do not change.
     *
     * @throws DuplicateCalendarDayException when the institution's calendar already has an entry on that date
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
        UUID institution = CurrentUser.require().institutionId();
        Versions versions = versions(country, day.date(), institution);
        if (versions.current() != null) {
            throw new DuplicateCalendarDayException(country, day.date());
        }
        CalendarDayEntry own = versions.own();
        if (own == null) {
            own = days.saveAndFlush(new CalendarDayEntry(institution, country, day.date(), day.kind(),
                    day.nameEn().trim(), day.nameRu().trim(), day.nameTg().trim()));
        } else {
            // the date's shared day was removed: the institution's own day takes its place
            own.restate(day.kind(), day.nameEn().trim(), day.nameRu().trim(), day.nameTg().trim());
            days.flush();
        }
        events.publishEvent(new AuditableChange("CREATE", AUDIT_TYPE, own.getId().toString(),
                country + " " + own.getDate() + " " + own.getKind()));
        return view(own);
    }

    /**
     * Takes a day out of the administrator's institution's calendar of a country, audited: a day of its own is
     * deleted, a shared day is removed for this institution only (it may {@link #restoreDay restore} it).
     *
     * @throws NotFoundException when the institution's calendar has no entry on that date
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void removeDay(String country, LocalDate date) {
        requireCountry(country);
        UUID institution = CurrentUser.require().institutionId();
        Versions versions = versions(country, date, institution);
        CalendarDayEntry removed = versions.current();
        if (removed == null) {
            throw new NotFoundException("calendar day", country + " " + date);
        }
        CalendarDayEntry own = versions.own();
        if (versions.shared() == null) {
            days.delete(own);
        } else if (own == null) {
            own = days.save(versions.shared().withdrawnFor(institution));
        } else {
            own.withdraw();
        }
        days.flush();
        events.publishEvent(new AuditableChange("DELETE", AUDIT_TYPE, own.getId().toString(),
                country + " " + date + " " + removed.getKind() + " removed"));
    }

    /**
     * Puts a shared day the administrator's institution had removed back into its calendar of a country, audited.
     *
     * @throws NotFoundException when the institution has not removed a shared day on that date
     */
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public CalendarDay restoreDay(String country, LocalDate date) {
        requireCountry(country);
        Versions versions = versions(country, date, CurrentUser.require().institutionId());
        if (versions.shared() == null || versions.own() == null || !versions.own().isWithdrawn()) {
            throw new NotFoundException("removed calendar day", country + " " + date);
        }
        days.delete(versions.own());
        days.flush();
        events.publishEvent(new AuditableChange("CREATE", AUDIT_TYPE, versions.own().getId().toString(),
                country + " " + date + " " + versions.shared().getKind() + " shared day restored"));
        return view(versions.shared());
    }

    /** The rows of a country's calendar in one year as the acting institution reads them, shared and own. */
    private List<CalendarDayEntry> entries(String country, int year) {
        requireCountry(country);
        if (year < PartialDate.MIN_YEAR || year > PartialDate.MAX_YEAR) {
            throw new NotFoundException("calendar year", year);
        }
        return days.findVisible(country, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                ReplyRuleManagement.actingInstitution());
    }

    private Versions versions(String country, LocalDate date, UUID institution) {
        List<CalendarDayEntry> rows = days.findVisible(country, date, date, institution);
        return new Versions(rows.stream().filter(CalendarDayEntry::isShared).findFirst().orElse(null),
                rows.stream().filter(e -> !e.isShared()).findFirst().orElse(null));
    }

    /**
     * The entries of an institution's calendar among {@code rows} (shared and its own, by date), by date: its own
     * day over the shared day of the same date, a date it withdrew left out.
     */
    private static Map<LocalDate, CalendarDayEntry> effective(List<CalendarDayEntry> rows) {
        Map<LocalDate, CalendarDayEntry> byDate = new TreeMap<>();
        rows.forEach(row -> byDate.merge(row.getDate(), row, (one, other) -> one.isShared() ? other : one));
        byDate.values().removeIf(CalendarDayEntry::isWithdrawn);
        return byDate;
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
                entry.getNameRu(), entry.getNameTg(), entry.isShared());
    }

    /** The shared day of a date and an institution's own row of it, either of which may be missing. */
    private record Versions(CalendarDayEntry shared, CalendarDayEntry own) {

        /** The day the institution keeps on the date, if any. */
        CalendarDayEntry current() {
            CalendarDayEntry current = own != null ? own : shared;
            return current == null || current.isWithdrawn() ? null : current;
        }
    }

    /** One calculation's view of the acting institution's calendar of a country, loading a year at a time. */
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
                effective(entries(country, y)).forEach((date, entry) -> entries.put(date, entry.getKind()));
                return entries;
            });
        }
    }
}
