package org.huquq.detention;

import java.time.LocalDate;
import java.util.List;

/**
 * A sentence as pages and the API show it. {@code releaseOn} is the release day as stated by a source, else as derived
 * from the start, the term and the credit ({@code null} for life); the remaining term is never kept, only derived for
 * the day asked ({@link #remainingOn}).
 */
public record SentenceView(String court, LocalDate judgmentOn, LocalDate finalOn, List<Offence> offences,
        Integer years, Integer months, Integer days, boolean life, LocalDate startOn, Integer pretrialCreditDays,
        String regime, LocalDate statedRelease, LocalDate releaseOn) {

    /** What remains of the sentence on {@code on}. */
    public RemainingTerm remainingOn(LocalDate on) {
        return RemainingTerm.of(on, startOn, releaseOn, life);
    }
}
