package org.huquq.deadlines.domain;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A country's weekly days off; countries without one rest on Saturday and Sunday. */
@Entity
@Table(name = "working_calendar")
public class CountryCalendar {

    @Id
    @Column(name = "country_code", length = 2)
    private String countryCode;

    /** Comma-separated {@link DayOfWeek} names, such as {@code SATURDAY,SUNDAY}. */
    @Column(name = "weekend_days", nullable = false, length = 80)
    private String weekendDays;

    @Version
    private long version;

    protected CountryCalendar() {
    }

    public Set<DayOfWeek> weekendDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekendDays.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .forEach(s -> days.add(DayOfWeek.valueOf(s)));
        return days;
    }
}
