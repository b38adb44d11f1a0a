package org.huquq.people.matching;

/**
 * A person's name as one source wrote it. Parts the source did not separate are {@code null} or
 * blank; the {@code fullForm} is then all there is, and {@link NameSimilarity} reads it in both name
 * orders.
 *
 * @param family the family name (surname), if known
 * @param given the given name, if known
 * @param patronymic the patronymic, if known
 * @param fullForm the full name as written, in the order written
 */
public record PersonName(String family, String given, String patronymic, String fullForm) {

    /** A name known only as one string, as typed in a letter or a search box. */
    public static PersonName ofFullForm(String fullForm) {
        return new PersonName(null, null, null, fullForm);
    }

    /** A name with its parts known; the full form is family, given, patronymic. */
    public static PersonName of(String family, String given, String patronymic) {
        String full = String.join(" ", nonBlank(family), nonBlank(given), nonBlank(patronymic)).trim();
        return new PersonName(family, given, patronymic, full);
    }

    /** Whether the source separated the parts: a family or a given name is known on its own. */
    public boolean hasParts() {
        return !nonBlank(family).isEmpty() || !nonBlank(given).isEmpty();
    }

    private static String nonBlank(String part) {
        return part == null ? "" : part.strip();
    }
}
