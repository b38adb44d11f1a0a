package org.huquq.audit.web;

import java.util.List;

import org.huquq.audit.AuditEntryView;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditVerification;
import org.huquq.shared.InstitutionMember;
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

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "Audit entries, newest first, in pages of at most 200")
    List<AuditEntryView> entries(@AuthenticationPrincipal InstitutionMember user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return audit.latest(user.institutionId(), Math.max(0, page), Math.max(1, Math.min(size, 200)));
    }

    @GetMapping("/verify")
    @Operation(summary = "Recompute the hash chain", description = "Reports intact, or the first broken entry and why.")
    AuditVerification verify(@AuthenticationPrincipal InstitutionMember user) {
        return audit.verify(user.institutionId());
    }
}
