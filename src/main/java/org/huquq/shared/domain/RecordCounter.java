package org.huquq.shared.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * The last number given in one series of one institution's records in one year (0 for a series that does not start
 * again each year).
 */
@Entity
@Table(name = "registry_counter")
public class RecordCounter {

    /** Institution, series and year. */
    @Embeddable
    public record Key(@Column(name = "institution_id") UUID institutionId, @Column(name = "series") String series,
            @Column(name = "registry_year") int year) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private long lastNumber;

    protected RecordCounter() {
    }

    /** The next {@code count} numbers of the series, counted as given: answers the first of them. */
    public long take(int count) {
        long first = lastNumber + 1;
        lastNumber += count;
        return first;
    }
}
