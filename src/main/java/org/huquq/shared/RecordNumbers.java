package org.huquq.shared;

import java.util.UUID;

import org.huquq.shared.domain.RecordCounter;
import org.huquq.shared.domain.RecordCounterRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The numbers of an institution's records (letters, persons, institutions, calls, commitments), counted per
 * institution: a number says nothing of another institution's registrations. Numbers are taken under the counter
 * row's lock in the transaction that stores the records, so they have no gaps and two clerks never share one.
 */
@Service
public class RecordNumbers {

    /** The year of a series that does not start again each year. */
    public static final int EVERY_YEAR = 0;

    private final RecordCounterRepository counters;

    RecordNumbers(RecordCounterRepository counters) {
        this.counters = counters;
    }

    /** The next number of the series; must run in the transaction that stores the record. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(UUID institutionId, String series, int year) {
        return next(institutionId, series, year, 1);
    }

    /**
     * The first of the next {@code count} numbers of the series, which are the record's own until the transaction
     * ends; must run in the transaction that stores the records.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(UUID institutionId, String series, int year, int count) {
        if (year != EVERY_YEAR && (year < 1900 || year > 9999)) {
            throw new IllegalArgumentException("registry year out of range: " + year);
        }
        if (count < 1) {
            throw new IllegalArgumentException("at least one number");
        }
        RecordCounter.Key key = new RecordCounter.Key(institutionId, series, year);
        RecordCounter counter = counters.lock(key).orElseGet(() -> {
            counters.createIfAbsent(institutionId, series, year);
            return counters.lock(key).orElseThrow();
        });
        return counter.take(count);
    }
}
