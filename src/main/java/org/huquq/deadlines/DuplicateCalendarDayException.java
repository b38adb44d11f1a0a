package org.huquq.deadlines;

import java.time.LocalDate;

/** The country's calendar, as the institution has it, already has an entry for this date. */
public class DuplicateCalendarDayException extends RuntimeException {

    public DuplicateCalendarDayException(String country, LocalDate date) {
        super(country + " already has a calendar entry on " + date);
    }
}
