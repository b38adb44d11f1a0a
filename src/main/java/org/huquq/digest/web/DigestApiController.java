package org.huquq.digest.web;

import java.time.Clock;
import java.time.LocalDate;

import org.huquq.digest.Digest;
import org.huquq.digest.OfficeDigests;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's daily digest as data. */
@RestController
@RequestMapping("/api/v1/digest")
@Tag(name = "Digest")
class DigestApiController {

    private final OfficeDigests digests;
    private final Clock clock;

    DigestApiController(OfficeDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "My daily digest", description = "For a head of office the whole office's overdue letters "
            + "both ways and its commitments with no step reported; for a team lead the overdue letters owned by "
            + "each team's members; for anyone else no section. 'on' is the day the states are read on (today by "
            + "default).")
    Digest mine(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return digests.mine(on == null ? LocalDate.now(clock) : on, LocaleContextHolder.getLocale().getLanguage());
    }
}
