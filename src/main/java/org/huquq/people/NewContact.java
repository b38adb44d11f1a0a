package org.huquq.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A relative or other person to reach about the person of concern. */
public record NewContact(
        @NotNull(message = "{web.validation.required}") Relation relation,
        @NotBlank(message = "{web.validation.required}") @Size(max = 300, message = "{web.validation.tooLong}") String name,
        @Size(max = 40, message = "{web.validation.tooLong}") String phone,
        @Size(max = 2, message = "{web.validation.tooLong}") String countryCode) {
}
