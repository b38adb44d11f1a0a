package org.huquq.deadlines;

/** What a dated calendar entry makes of its day. */
public enum CalendarDayKind {
    /** A public holiday, or a day off moved onto a weekday: no work, whatever the day of the week. */
    HOLIDAY,
    /** A weekend day on which people work because a day off was moved elsewhere (Russia does this). */
    WORKING_DAY;

    public String messageKey() {
        return "deadlines.calendar.kind." + name();
    }
}
