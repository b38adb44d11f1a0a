package org.huquq.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.huquq.identity.FourEyes;
import org.huquq.identity.FourEyesOutcome;
import org.huquq.identity.Reauthentication;
import org.huquq.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Senior changes waiting for a second person of the institution: approve with one's password, or reject. */
@Controller
@PreAuthorize("hasAnyRole('ADMINISTRATOR','HEAD')")
class ApprovalController {

    private final FourEyes fourEyes;

    ApprovalController(FourEyes fourEyes) {
        this.fourEyes = fourEyes;
    }

    @GetMapping("/approvals")
    String list(Model model) {
        model.addAttribute("requests", fourEyes.pending());
        return "identity/approvals";
    }

    @PostMapping("/approvals/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            FourEyesOutcome outcome = fourEyes.approve(id, new Reauthentication(password, request.getRemoteAddr()));
            redirect.addFlashAttribute("notice", "identity.approvals.approved");
            redirect.addFlashAttribute("oneTimePassword", outcome.oneTimePassword());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.problems().get(0).messageKey());
        }
        return "redirect:/approvals";
    }

    @PostMapping("/approvals/{id}/reject")
    String reject(@PathVariable UUID id, RedirectAttributes redirect) {
        fourEyes.reject(id);
        redirect.addFlashAttribute("notice", "identity.approvals.rejected");
        return "redirect:/approvals";
    }
}
