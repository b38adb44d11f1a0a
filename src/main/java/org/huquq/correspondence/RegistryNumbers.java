package org.huquq.correspondence;

import java.util.Locale;
import java.util.UUID;

import org.huquq.shared.RecordNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registry numbers of letters, per institution, series and year, without gaps ({@link RecordNumbers}): a
 * registration that fails gives its number back, and concurrent clerks wait for each other instead of sharing one.
 */
@Service
public class RegistryNumbers {

    private final RecordNumbers numbers;

    RegistryNumbers(RecordNumbers numbers) {
        this.numbers = numbers;
    }

    /** The next number, such as {@code OUT-2024-0153}; must run in the transaction that registers the letter. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String next(UUID institutionId, RegistrySeries series, int year) {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("registry year out of range: " + year);
        }
        return String.format(Locale.ROOT, "%s-%d-%04d", series.prefix(), year,
                numbers.next(institutionId, series.name(), year));
    }
}
