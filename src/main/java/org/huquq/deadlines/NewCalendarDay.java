package org.huquq.deadlines;

import java.time.LocalDate;

/** A public holiday or transferred working day an administrator adds to their institution's calendar of a country. */
public record NewCalendarDay(LocalDate date, CalendarDayKind kind, String nameEn, String nameRu, String nameTg) {
}
