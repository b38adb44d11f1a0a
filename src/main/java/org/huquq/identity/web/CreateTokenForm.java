package org.huquq.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.identity.ApiTokens;
import org.springframework.format.annotation.DateTimeFormat;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A new API token: a name to recognise it by, its last day of validity ({@value ApiTokens#DEFAULT_VALIDITY_DAYS}
 * days from today unless another is given) and whether it may only read. Page form and API body.
 */
public class CreateTokenForm {

    @NotBlank(message = "{identity.tokens.nameRequired}")
    @Size(max = 100, message = "{identity.tokens.nameTooLong}")
    private String name;

    @NotNull(message = "{identity.tokens.expiryRequired}")
    @Future(message = "{identity.tokens.expiryInPast}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Schema(description = "the last day (UTC) the token works; 90 days from today when absent")
    private LocalDate expiresOn = LocalDate.now(ZoneOffset.UTC).plusDays(ApiTokens.DEFAULT_VALIDITY_DAYS);

    @Schema(description = "a read-only token may only read (GET): any other call answers 403")
    private boolean readOnly;

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

    public boolean isReadOnly() {
        return readOnly;
    }

    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
    }

    /** The token works through the whole of its last day (UTC). */
    Instant expiresAt() {
        return expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
