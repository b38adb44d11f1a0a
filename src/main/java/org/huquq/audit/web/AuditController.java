package org.huquq.audit.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditTrail;
import org.huquq.audit.AuditTrailEntry;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.web.ListUrl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's pages: the institution's audit trail in words, newest first, filtered by user, kind of record,
 * action and period, paged by keyset; and the verification of its hash chain.
 */
@Controller
@PreAuthorize("hasAnyRole('AUDITOR','HEAD')")
class AuditController {

    private static final int PAGE_SIZE = 50;

    private final AuditLog audit;
    private final AuditTrail trail;

    AuditController(AuditLog audit, AuditTrail trail) {
        this.audit = audit;
        this.trail = trail;
    }

    @GetMapping("/audit")
    String trail(@AuthenticationPrincipal InstitutionMember user, @ModelAttribute("filter") AuditTrailForm form,
            BindingResult binding, @RequestParam(required = false) Long after, HttpServletRequest request, Model model,
            Locale locale) {
        trailModel(user, form, binding, after, request, model, locale);
        return "audit/trail";
    }

    /** The filters and the list, for htmx: the form comes back too, so that its field errors show. */
    @GetMapping(path = "/audit", headers = "HX-Request=true")
    String trailFragment(@AuthenticationPrincipal InstitutionMember user,
            @ModelAttribute("filter") AuditTrailForm form, BindingResult binding,
            @RequestParam(required = false) Long after, HttpServletRequest request, Model model, Locale locale) {
        trailModel(user, form, binding, after, request, model, locale);
        return "audit/trail :: trail";
    }

    private void trailModel(InstitutionMember user, AuditTrailForm form, BindingResult binding, Long after,
            HttpServletRequest request, Model model, Locale locale) {
        KeysetPage<AuditTrailEntry> page = new KeysetPage<>(List.of(), null);
        if (!binding.hasErrors()) {
            try {
                page = trail.page(user, form.toFilter(), after, PAGE_SIZE, locale);
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.argumentArray(), null));
            }
        }
        model.addAttribute("page", page);
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("kinds", trail.kinds(locale));
        model.addAttribute("actions", AuditAction.values());
    }

    @GetMapping("/audit/verify")
    String verify(@AuthenticationPrincipal InstitutionMember user, Model model) {
        model.addAttribute("result", audit.verify(user.institutionId()));
        return "audit/verify";
    }
}
