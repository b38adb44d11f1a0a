package org.huquq.places;

/**
 * Criteria of the place list: free text over names in every language and the official code, and exact filters.
 * Blank values do not filter.
 */
public record PlaceFilter(String text, String countryCode, String type, String authority) {

    public static PlaceFilter none() {
        return new PlaceFilter(null, null, null, null);
    }

    /** Whether the filter searches text, which {@link PlaceManagement#search} ranks by relevance. */
    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
