package org.huquq.people;

/**
 * Criteria of a person search: a name in any script and order, and exact filters. A birth year matches within
 * {@code birthYearTolerance} years either way. Blank or null values do not filter.
 */
public record PersonSearch(String name, String nationality, Integer birthYear, int birthYearTolerance, Sex sex,
        String documentNumber) {

    public static PersonSearch byName(String name) {
        return new PersonSearch(name, null, null, 0, null, null);
    }

    boolean hasName() {
        return name != null && !name.isBlank();
    }
}
