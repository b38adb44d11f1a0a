package org.huquq.correspondence.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.huquq.correspondence.RegistrySeries;

/** The last number given in one series of one institution's registry in one year. */
@Entity
public class RegistryCounter {

    /** Institution, series and year. */
    @Embeddable
    public record Key(@Column(name = "institution_id") UUID institutionId,
            @Enumerated(EnumType.STRING) @Column(name = "series") RegistrySeries series,
            @Column(name = "registry_year") int year) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private int lastNumber;

    protected RegistryCounter() {
    }

    public RegistryCounter(Key key) {
        this.key = key;
    }

    /** The next number of the series, counted as given. */
    public int take() {
        return ++lastNumber;
    }
}
