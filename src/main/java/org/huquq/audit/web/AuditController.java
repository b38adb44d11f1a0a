package org.huquq.audit.web;

import org.huquq.audit.AuditLog;
import org.huquq.shared.InstitutionMember;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages: the institution's audit trail, newest first, and the verification of its hash chain. */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR','HEAD')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String trail(@AuthenticationPrincipal InstitutionMember user, @RequestParam(defaultValue = "0") int page,
            Model model) {
        int bounded = Math.max(0, page);
        model.addAttribute("entries", audit.latest(user.institutionId(), bounded, PAGE_SIZE));
        model.addAttribute("page", bounded);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "audit/trail";
    }

    @GetMapping("/audit/verify")
    String verify(@AuthenticationPrincipal InstitutionMember user, Model model) {
        model.addAttribute("result", audit.verify(user.institutionId()));
        return "audit/verify";
    }
}
