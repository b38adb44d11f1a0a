package org.huquq.counterparts;

import jakarta.validation.constraints.Size;

/**
 * Someone to write to or call at a counterpart institution: name, role (such as "Head of the consular section"),
 * e-mail and phone. A row with nothing in it is ignored.
 */
public record ContactPerson(
        @Size(max = 200, message = "{web.validation.tooLong}") String name,
        @Size(max = 200, message = "{web.validation.tooLong}") String role,
        @Size(max = 254, message = "{web.validation.tooLong}") String email,
        @Size(max = 40, message = "{web.validation.tooLong}") String phone) {

    /**
     * Whether the row holds nothing. Not named {@code isBlank}: JSON would take that for a property, show it in every
     * answer and the API description, and refuse it when a client sent it back.
     */
    public boolean hasNothing() {
        return blank(name) && blank(role) && blank(email) && blank(phone);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
