package org.huquq.detention;

import java.time.LocalDate;
import java.util.List;

/**
 * A sentence as typed: the court and its judgment, when the judgment became final, the offences, the term in years,
 * months and days (or life), when it began to run, the days of pre-trial detention credited, the regime, and the
 * release day when a source states one (otherwise it is derived from the start, the term and the credit).
 */
public record SentenceDetails(String court, LocalDate judgmentOn, LocalDate finalOn, List<Offence> offences,
        Integer years, Integer months, Integer days, boolean life, LocalDate startOn, Integer pretrialCreditDays,
        String regime, LocalDate statedRelease) {

    public SentenceDetails {
        offences = offences == null ? List.of() : offences;
    }

    /**
     * The release day: as stated by a source, else the day the term started on {@code startOn} reaches, less the
     * credited days of pre-trial detention; {@code null} for life or while the start is unknown.
     */
    public LocalDate releaseOn() {
        if (statedRelease != null) {
            return statedRelease;
        }
        if (life || startOn == null) {
            return null;
        }
        return startOn.plusYears(orZero(years)).plusMonths(orZero(months)).plusDays(orZero(days))
                .minusDays(orZero(pretrialCreditDays));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
