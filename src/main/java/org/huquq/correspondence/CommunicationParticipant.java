package org.huquq.correspondence;

import jakarta.validation.constraints.Size;

/**
 * Someone who took part in a call or meeting: name, the side they spoke for, and their position or role (such as
 * "Head of the consular section"). A row with neither name nor role is ignored.
 */
public record CommunicationParticipant(
        @Size(max = 200, message = "{web.validation.tooLong}") String name,
        CommunicationSide side,
        @Size(max = 200, message = "{web.validation.tooLong}") String role) {

    /** Whether the row holds nothing (not {@code isBlank}: JSON would take that for a property). */
    public boolean hasNothing() {
        return (name == null || name.isBlank()) && (role == null || role.isBlank());
    }
}
