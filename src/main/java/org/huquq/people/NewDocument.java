package org.huquq.people;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An identity document as read from the document or a list. */
public record NewDocument(
        @NotNull(message = "{web.validation.required}") DocumentType type,
        @NotBlank(message = "{web.validation.required}") @Size(max = 60, message = "{web.validation.tooLong}") String number,
        @Size(max = 2, message = "{web.validation.tooLong}") String issuingCountry,
        LocalDate issuedOn,
        LocalDate expiresOn) {
}
