package org.huquq.shared;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.TimeBasedEpochRandomGenerator;

/**
 * Ids of new records: UUID version 7, a millisecond timestamp followed by random bits. Rows created one after another
 * land next to each other in every index on their id (and on references to it), where random ids would touch a random
 * page of each index per row: measured on a bulk registration of persons in docs/performance.md.
 */
public final class Ids {

    /** The nil UUID, which no record has: the value of a query parameter that a flag makes irrelevant. */
    public static final UUID NONE = new UUID(0, 0);

    private static final TimeBasedEpochRandomGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private Ids() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
