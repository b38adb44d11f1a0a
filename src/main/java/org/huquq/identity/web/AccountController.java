package org.huquq.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.PasswordChange;
import org.huquq.identity.security.SignInSteps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own account: overview and password change (also the forced one after a one-time password).
 * A password change ends the user's other sessions and, if the user asks, revokes their API tokens.
 */
@Controller
class AccountController {

    private final IdentityManagement identity;
    private final SignInSteps steps;
    private final ApiTokens tokens;

    AccountController(IdentityManagement identity, SignInSteps steps, ApiTokens tokens) {
        this.identity = identity;
        this.steps = steps;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String account(Model model) {
        HuquqUser user = CurrentUser.require();
        model.addAttribute("account", identity.findUser(user.institutionId(), user.userId()).orElseThrow());
        return "identity/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new ChangePasswordForm());
        return passwordPage(model);
    }

    @PostMapping("/account/password")
    String changePassword(@Valid @ModelAttribute("form") ChangePasswordForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        HuquqUser user = SignInSteps.sessionUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!form.confirmationMatches()) {
            errors.rejectValue("confirmation", "identity.password.mismatch");
        }
        if (!errors.hasErrors()) {
            PasswordChange outcome = identity.changePassword(user.userId(), form.getCurrentPassword(),
                    form.getNewPassword());
            if (outcome == PasswordChange.WRONG_CURRENT_PASSWORD) {
                errors.rejectValue("currentPassword", outcome.messageKey());
            } else if (outcome != PasswordChange.CHANGED) {
                errors.rejectValue("newPassword", outcome.messageKey());
            }
        }
        if (errors.hasErrors()) {
            return passwordPage(model);
        }
        if (form.isRevokeTokens()) {
            tokens.revokeAll(user);
        }
        redirect.addFlashAttribute("notice", "identity.password.changed");
        boolean forced = steps.isPendingPasswordChangeOrEnrolment();
        // this session takes the new password (under a new id); the user's other sessions end at their next request
        String next = steps.advance(request, response);
        return "redirect:" + (forced ? next : "/account");
    }

    private String passwordPage(Model model) {
        HuquqUser user = SignInSteps.sessionUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
        model.addAttribute("forced", steps.isPendingPasswordChangeOrEnrolment());
        model.addAttribute("usableTokens", tokens.usableTokens(user));
        return "identity/password";
    }
}
