package org.huquq.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One thing a merge moved: a name, document or contact by id, or a nationality, language or vulnerability. */
@Embeddable
public class MergeItem {

    static final String NAME = "NAME";
    static final String DOCUMENT = "DOCUMENT";
    static final String CONTACT = "CONTACT";
    static final String NATIONALITY = "NATIONALITY";
    static final String LANGUAGE = "LANGUAGE";
    static final String VULNERABILITY = "VULNERABILITY";

    @Column(nullable = false)
    private String itemType;

    @Column(nullable = false)
    private String itemValue;

    protected MergeItem() {
    }

    MergeItem(String itemType, String itemValue) {
        this.itemType = itemType;
        this.itemValue = itemValue;
    }

    public String getItemType() {
        return itemType;
    }

    public String getItemValue() {
        return itemValue;
    }
}
