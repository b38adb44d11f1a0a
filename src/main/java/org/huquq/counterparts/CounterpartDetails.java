package org.huquq.counterparts;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user states about a counterpart institution, when registering or changing it. At least one name is
 * required; {@code kind} is a term of the {@value CounterpartManagement#KINDS} vocabulary, {@code countryCode} an
 * ISO 3166-1 alpha-2 code, {@code nameNative} the name in the body's own language when that is not English, Russian
 * or Tajik (with {@code nativeLanguage}, an ISO 639 code). {@code active} left out means active. Every rule is
 * checked by {@link CounterpartManagement}; the annotations document the limits for the API.
 */
public record CounterpartDetails(
        @NotBlank(message = "{web.validation.required}") @Size(max = 60, message = "{web.validation.tooLong}") String kind,
        @NotBlank(message = "{web.validation.required}") @Pattern(regexp = "[A-Z]{2}", message = "{counterparts.error.country}") String countryCode,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameEn,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameRu,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameTg,
        @Size(max = 300, message = "{web.validation.tooLong}") String nameNative,
        @Pattern(regexp = "[a-z]{2,3}", message = "{shared.error.language}") String nativeLanguage,
        @Size(max = 60, message = "{web.validation.tooLong}") String abbreviation,
        UUID parentId,
        @Size(max = 500, message = "{web.validation.tooLong}") String postalAddress,
        @Size(max = 254, message = "{web.validation.tooLong}") String email,
        @Size(max = 40, message = "{web.validation.tooLong}") String phone,
        @Size(max = 300, message = "{web.validation.tooLong}") String website,
        @Size(max = 4000, message = "{web.validation.tooLong}") String notes,
        Boolean active,
        @Size(max = CounterpartManagement.MAX_CONTACTS, message = "{counterparts.error.tooManyContacts}") List<@Valid ContactPerson> contacts) {

    public CounterpartDetails {
        contacts = contacts == null ? List.of() : contacts;
    }

    /** Active unless stated otherwise. */
    public boolean isActive() {
        return active == null || active;
    }
}
