package org.huquq.shared;

import java.time.LocalDate;

/**
 * One record of another module that concerns the record a page shows: a letter naming a person, a call with a
 * counterpart. Everything in it is ready to print: {@code label} is already in the reader's language (a kind or a
 * state, may be empty), {@code reference} is the number people quote.
 */
public record RelatedRecord(String href, LocalDate date, String reference, String label, String title) {
}
