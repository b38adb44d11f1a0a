package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What to list: a direction, a counterpart, a registration period and free text over subject, summary and both
 * reference numbers; any may be null.
 */
public record LetterFilter(LetterDirection direction, UUID counterpartId, LocalDate from, LocalDate to,
        String text) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
