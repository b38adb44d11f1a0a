package org.huquq.detention.domain;

/** The facts of a place that detention records are listed by: its country, and whether that is abroad for us. */
public record PlaceFacts(String country, boolean abroad) {

    /** The facts of a place in {@code country} for an institution of {@code ourCountry}. */
    public static PlaceFacts of(String country, String ourCountry) {
        return new PlaceFacts(country, country != null && ourCountry != null && !country.equals(ourCountry));
    }
}
