package org.huquq.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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

/** The signed-in user's own account: overview and password change (also the forced one after a one-time password). */
@Controller
class AccountController {

    private final IdentityManagement identity;
    private final SignInSteps steps;

    AccountController(IdentityManagement identity, SignInSteps steps) {
        this.identity = identity;
        this.steps = steps;
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
        model.addAttribute("forced", steps.isPendingPasswordChangeOrEnrolment());
        return "identity/password";
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
            switch (outcome) {
                case WRONG_CURRENT_PASSWORD -> errors.rejectValue("currentPassword", "identity.password.wrongCurrent");
                case SAME_AS_CURRENT -> errors.rejectValue("newPassword", "identity.password.sameAsCurrent");
                case CHANGED -> {
                }
            }
        }
        if (errors.hasErrors()) {
            model.addAttribute("forced", steps.isPendingPasswordChangeOrEnrolment());
            return "identity/password";
        }
        redirect.addFlashAttribute("notice", "identity.password.changed");
        if (steps.isPendingPasswordChangeOrEnrolment()) {
            return "redirect:" + steps.advance(request, response);
        }
        return "redirect:/account";
    }
}
