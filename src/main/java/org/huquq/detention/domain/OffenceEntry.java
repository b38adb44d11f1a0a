package org.huquq.detention.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.huquq.detention.Offence;

/** An offence of a sentence as stored, in its place in the list. */
@Embeddable
public class OffenceEntry {

    @Column(length = 300)
    private String code;

    @Column(nullable = false, length = 300)
    private String article;

    @Column(length = 2)
    private String country;

    protected OffenceEntry() {
    }

    OffenceEntry(Offence offence) {
        this.code = offence.code();
        this.article = offence.article();
        this.country = offence.country();
    }

    Offence toOffence() {
        return new Offence(code, article, country);
    }
}
