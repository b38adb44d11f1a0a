package org.huquq.shared;

/**
 * A record found by the search box or a record picker, ready to print: where it lives, the number people quote,
 * its name or subject and a short line that tells it apart (a birth year, a date, a country), all in the reader's
 * language. {@code exact} when the query is its number or its whole name: such hits are listed first.
 */
public record SearchHit(String id, String href, String reference, String title, String detail, boolean exact) {

    /** How the record reads where it is chosen: its name, and its number when it has one. */
    public String label() {
        return reference == null || reference.isBlank() ? title : title + " (" + reference + ")";
    }
}
