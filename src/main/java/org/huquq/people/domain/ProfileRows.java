package org.huquq.people.domain;

import java.util.UUID;

import org.huquq.shared.PartialDate;

/**
 * What duplicate detection reads of persons, row by row, through projection queries of {@link PersonRepository}:
 * no entity, no collection, nothing held by the persistence context.
 */
public final class ProfileRows {

    private ProfileRows() {
    }

    /** A person's id and date of birth. */
    public record PersonRow(UUID id, PartialDate birthDate) {
    }

    /** One name of a person as written. */
    public record NameRow(UUID personId, String family, String given, String patronymic, String fullForm) {
    }

    /** One value of a person's collection: a normalised document number, a contact's name, a nationality. */
    public record ValueRow(UUID personId, String value) {
    }
}
