package org.huquq.correspondence;

import java.util.Locale;
import java.util.UUID;

import org.huquq.correspondence.domain.RegistryCounter;
import org.huquq.correspondence.domain.RegistryCounterRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registry numbers of letters, per institution, series and year, without gaps: the number is taken under a lock on
 * the series' counter in the transaction that registers the letter, so a registration that fails gives its number
 * back, and concurrent clerks wait for each other instead of sharing a number.
 */
@Service
public class RegistryNumbers {

    private final RegistryCounterRepository counters;

    RegistryNumbers(RegistryCounterRepository counters) {
        this.counters = counters;
    }

    /** The next number, such as {@code OUT-2024-0153}; must run in the transaction that registers the letter. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(UUID institutionId, RegistrySeries series, int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("registry year out of range: " + year);
        }
        RegistryCounter.Key key = new RegistryCounter.Key(institutionId, series, year);
        RegistryCounter counter = counters.lock(key).orElseGet(() -> {
            counters.createIfAbsent(institutionId, series.name(), year);
            return counters.lock(key).orElseThrow();
        });
        return String.format(Locale.ROOT, "%s-%d-%04d", series.prefix(), year, counter.take());
    }
}
