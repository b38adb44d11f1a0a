package org.huquq.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known only as precisely as a witness remembers it: a year ({@code 2023}), a month ({@code 2023-05}) or a
 * day ({@code 2023-05-17}). Impossible dates are refused when the value is made. Stored and serialised as that
 * ISO-like text; displayed in the reader's language with {@link #format(Locale)}.
 * <p>
 * Partial dates are ordered by their earliest possible day, then the less precise first; to ask whether one date
 * is surely before another use {@link #isCertainlyBefore(PartialDate)}.
 */
public final class PartialDate implements Comparable<PartialDate> {

    /** How much of the date is known. */
    public enum Precision {
        YEAR, MONTH, DAY
    }

    public static final int MIN_YEAR = 1000;
    public static final int MAX_YEAR = 9999;

    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private final int year;
    private final int month;
    private final int day;

    private PartialDate(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        if (month != 0 && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month " + month + " does not exist: months run from 1 to 12");
        }
        if (day != 0) {
            int length = YearMonth.of(year, month).lengthOfMonth();
            if (day < 1 || day > length) {
                throw new IllegalArgumentException(String.format(Locale.ROOT,
                        "%04d-%02d-%02d is not a day: %04d-%02d has %d days", year, month, day, year, month, length));
            }
        }
        this.year = year;
        this.month = month;
        this.day = day;
    }

    /** A date of which only the year is known. */
    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    /** A date of which the year and the month are known. */
    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(year, month, 0);
    }

    /** A full date; fails on a day the month does not have. */
    public static PartialDate ofDay(int year, int month, int day) {
        if (month == 0 || day == 0) {
            throw new IllegalArgumentException("a full date needs a month and a day");
        }
        return new PartialDate(year, month, day);
    }

    public static PartialDate of(LocalDate date) {
        return ofDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /**
     * Reads {@code 2023}, {@code 2023-05} or {@code 2023-05-17}.
     *
     * @throws IllegalArgumentException when the text has another shape or names an impossible date
     */
    @JsonCreator
    public static PartialDate parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher matcher = TEXT.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write 2023, 2023-05 or 2023-05-17");
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        if (matcher.group(2) != null && month == 0) {
            throw new IllegalArgumentException("month 0 does not exist: months run from 1 to 12");
        }
        if (matcher.group(3) != null && day == 0) {
            throw new IllegalArgumentException("day 0 does not exist: days start at 1");
        }
        return new PartialDate(year, month, day);
    }

    public int year() {
        return year;
    }

    /** The month (1 to 12), or {@code null} when it is not known. */
    public Integer month() {
        return month == 0 ? null : month;
    }

    /** The day of the month, or {@code null} when it is not known. */
    public Integer day() {
        return day == 0 ? null : day;
    }

    public Precision precision() {
        return day != 0 ? Precision.DAY : month != 0 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day this date may stand for: 1 January for a year, the 1st for a month. */
    public LocalDate earliestDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    /** The last day this date may stand for: 31 December for a year, the month's last day for a month. */
    public LocalDate latestDay() {
        return switch (precision()) {
            case YEAR -> LocalDate.of(year, 12, 31);
            case MONTH -> YearMonth.of(year, month).atEndOfMonth();
            case DAY -> LocalDate.of(year, month, day);
        };
    }

    /** The full date, when the day is known. */
    public LocalDate toLocalDate() {
        if (day == 0) {
            throw new DateTimeException(this + " is not a full date");
        }
        return LocalDate.of(year, month, day);
    }

    /** True when every day this date may stand for lies before every day {@code other} may stand for. */
    public boolean isCertainlyBefore(PartialDate other) {
        return latestDay().isBefore(other.earliestDay());
    }

    /** True when {@code date} is one of the days this partial date may stand for. */
    public boolean mayBe(LocalDate date) {
        return !date.isBefore(earliestDay()) && !date.isAfter(latestDay());
    }

    /** The date in the reader's language: "2023", "May 2023" / "май 2023", or the locale's long date. */
    public String format(Locale locale) {
        return switch (precision()) {
            case YEAR -> Year.of(year).toString();
            case MONTH -> DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(YearMonth.of(year, month));
            case DAY -> DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .format(LocalDate.of(year, month, day));
        };
    }

    /** The stored and serialised form: {@code 2023}, {@code 2023-05} or {@code 2023-05-17}. */
    @JsonValue
    @Override
    public String toString() {
        return switch (precision()) {
            case YEAR -> String.format(Locale.ROOT, "%04d", year);
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", year, month);
            case DAY -> String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byStart = earliestDay().compareTo(other.earliestDay());
        return byStart != 0 ? byStart : precision().compareTo(other.precision());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate date && date.year == year && date.month == month && date.day == day;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, month, day);
    }
}
