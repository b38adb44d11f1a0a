package org.huquq.people;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Everything known about a person when first registering them: at least one name. */
public record RegisterPerson(
        @NotNull(message = "{web.validation.required}") @Valid PersonDetails details,
        @NotEmpty(message = "{web.validation.required}") @Size(max = 50) List<@Valid NewName> names,
        @Size(max = 50) List<@Valid NewDocument> documents,
        @Size(max = 50) List<@Valid NewContact> contacts) {

    public RegisterPerson {
        documents = documents == null ? List.of() : List.copyOf(documents);
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }
}
