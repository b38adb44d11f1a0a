package org.huquq.identity.web;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.SecondFactor;
import org.huquq.identity.UserSummary;
import org.huquq.identity.security.LoginThrottling;
import org.huquq.identity.security.SignInSteps;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Enrolment and removal of the second factor. The proposed secret stays in the session until a code confirms it,
 * so that showing the page changes nothing.
 */
@Controller
class SecondFactorController {

    static final String PROPOSED_SECRET = SecondFactorController.class.getName() + ".secret";

    private final SecondFactor secondFactor;
    private final IdentityManagement identity;
    private final SignInSteps steps;
    private final LoginThrottling throttling;

    SecondFactorController(SecondFactor secondFactor, IdentityManagement identity, SignInSteps steps,
            LoginThrottling throttling) {
        this.secondFactor = secondFactor;
        this.identity = identity;
        this.steps = steps;
        this.throttling = throttling;
    }

    @GetMapping("/account/second-factor")
    String page(Model model, HttpSession session) {
        HuquqUser user = user();
        UserSummary account = identity.findUser(user.institutionId(), user.userId()).orElseThrow();
        model.addAttribute("enabled", account.secondFactorEnabled());
        model.addAttribute("required", secondFactor.isRequired(user.institutionId()));
        model.addAttribute("forced", steps.isPendingPasswordChangeOrEnrolment());
        if (account.secondFactorEnabled()) {
            model.addAttribute("remainingRecoveryCodes", secondFactor.remainingRecoveryCodes(user.userId()));
        } else {
            String secret = (String) session.getAttribute(PROPOSED_SECRET);
            SecondFactor.Enrolment enrolment = secret == null ? secondFactor.propose(user)
                    : secondFactor.proposal(user, secret);
            session.setAttribute(PROPOSED_SECRET, enrolment.secret());
            model.addAttribute("enrolment", enrolment);
        }
        return "identity/second-factor";
    }

    @PostMapping("/account/second-factor")
    String enable(@RequestParam(defaultValue = "") String code, HttpSession session, RedirectAttributes redirect,
            HttpServletRequest request, HttpServletResponse response) {
        HuquqUser user = user();
        Optional<List<String>> recoveryCodes = secondFactor.enable(user, (String) session.getAttribute(PROPOSED_SECRET),
                code);
        if (recoveryCodes.isEmpty()) {
            return "redirect:/account/second-factor?invalid";
        }
        session.removeAttribute(PROPOSED_SECRET);
        redirect.addFlashAttribute("recoveryCodes", recoveryCodes.get());
        if (steps.isPendingPasswordChangeOrEnrolment()) {
            steps.advance(request, response);
        }
        return "redirect:/account/second-factor";
    }

    /** Throttled like sign-in: whoever holds a session must not be able to try every code to turn it off. */
    @PostMapping("/account/second-factor/disable")
    String disable(@RequestParam(defaultValue = "") String code, HttpServletRequest request) {
        HuquqUser user = user();
        String address = request.getRemoteAddr();
        if (!throttling.countAttempt(user.username(), address) || !secondFactor.disable(user, code)) {
            return "redirect:/account/second-factor?refused";
        }
        throttling.recordSuccess(user.username(), address, true);
        return "redirect:/account/second-factor?disabled";
    }

    private static HuquqUser user() {
        return SignInSteps.sessionUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
