package org.huquq.audit.web;

import java.time.LocalDate;
import java.util.Locale;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditTrail;
import org.huquq.audit.AuditTrailEntry;
import org.huquq.audit.AuditTrailFilter;
import org.huquq.audit.AuditVerification;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.web.ApiList;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit trail of the caller's institution, for auditors and the head. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('AUDITOR','HEAD')")
@Tag(name = "Audit", description = "Hash-chained audit trail")
class AuditApiController {

    private final AuditLog audit;
    private final AuditTrail trail;

    AuditApiController(AuditLog audit, AuditTrail trail) {
        this.audit = audit;
        this.trail = trail;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first, by keyset", description = "Filters: user (username), kind "
            + "(Letter, Person, Place...), action (CREATE, UPDATE, READ...), sensitive=true for reads of confidential "
            + "records and exports only, from and to (ISO dates, inclusive; a period that ends before it starts is a "
            + "400 on field 'to'). The list is read by keyset: pass 'next' back as 'after' for the following page; "
            + "'next' is null on the last page. Pages of at most 200. Each entry says in the caller's language what "
            + "happened to which record; a record the caller may not read is neither named nor linked, and its "
            + "detail is withheld.")
    ApiList<AuditTrailEntry> entries(@AuthenticationPrincipal InstitutionMember caller,
            @RequestParam(required = false) String user, @RequestParam(required = false) String kind,
            @RequestParam(required = false) AuditAction action,
            @RequestParam(defaultValue = "false") boolean sensitive,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long after, @RequestParam(defaultValue = "50") int size,
            Locale locale) {
        KeysetPage<AuditTrailEntry> found = trail.page(caller, new AuditTrailFilter(user, kind, action, sensitive,
                from, to), after, size, locale);
        return ApiList.keyset(found, Math.max(1, Math.min(size, AuditTrail.MAX_PAGE_SIZE)));
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain", description = "Reports intact, or the first broken entry and why.")
    AuditVerification verify(@AuthenticationPrincipal InstitutionMember user) {
        return audit.verify(user.institutionId());
    }
}
