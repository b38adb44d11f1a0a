package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Criteria of the communications log: with one counterpart, of one kind, on or after {@code from} and on or before
 * {@code to}. Null or blank values do not filter.
 */
public record CommunicationFilter(UUID counterpartId, String kind, LocalDate from, LocalDate to) {

    public static CommunicationFilter none() {
        return new CommunicationFilter(null, null, null, null);
    }

    public static CommunicationFilter with(UUID counterpartId) {
        return new CommunicationFilter(counterpartId, null, null, null);
    }
}
