package org.huquq.detention;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * What remains of a sentence on a day: for life, nothing to count; before the release day, the years, months and days
 * until it ({@code totalDays} in all); from the release day on, nothing ({@link #served}).
 */
public record RemainingTerm(LocalDate on, boolean life, int years, int months, int days, long totalDays) {

    static RemainingTerm of(LocalDate on, LocalDate startOn, LocalDate releaseOn, boolean life) {
        if (life) {
            return new RemainingTerm(on, true, 0, 0, 0, 0);
        }
        // before the sentence starts, the whole term remains
        LocalDate from = on.isBefore(startOn) ? startOn : on;
        if (!from.isBefore(releaseOn)) {
            return new RemainingTerm(on, false, 0, 0, 0, 0);
        }
        Period left = Period.between(from, releaseOn);
        return new RemainingTerm(on, false, left.getYears(), left.getMonths(), left.getDays(),
                ChronoUnit.DAYS.between(from, releaseOn));
    }

    /** True when nothing remains: the release day has come. */
    public boolean served() {
        return !life && totalDays == 0;
    }
}
