package org.huquq.counterparts;

/**
 * Criteria of the counterpart list: free text over every name, the abbreviation and the reference, in any script;
 * exact filters by kind, country and whether the body is active. Blank or null values do not filter.
 */
public record CounterpartFilter(String text, String kind, String countryCode, Boolean active) {

    public static CounterpartFilter none() {
        return new CounterpartFilter(null, null, null, null);
    }

    /** Whether the filter searches text, which {@link CounterpartManagement#search} ranks by relevance. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
