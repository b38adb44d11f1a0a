package org.huquq.shared;

/** A country for a select list: its ISO 3166-1 alpha-2 code and its name in the reader's language. */
public record CountryName(String code, String name) {
}
