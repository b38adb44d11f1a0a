package org.huquq.deadlines;

import java.time.LocalDate;

/** A public holiday or transferred working day an administrator adds to a country's calendar. */
public record NewCalendarDay(LocalDate date, CalendarDayKind kind, String nameEn, String nameRu, String nameTg) {
}
