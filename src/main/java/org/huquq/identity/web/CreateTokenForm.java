package org.huquq.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new API token: a name to recognise it by and an optional last day of validity. Page form and API body. */
public class CreateTokenForm {

    @NotBlank(message = "{identity.tokens.nameRequired}")
    @Size(max = 100, message = "{identity.tokens.nameTooLong}")
    private String name;

    @Future(message = "{identity.tokens.expiryInPast}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate expiresOn;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    /** The token works through the whole of its last day (UTC). */
    Instant expiresAt() {
        return expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
