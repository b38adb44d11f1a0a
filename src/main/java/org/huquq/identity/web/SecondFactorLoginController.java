package org.huquq.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.identity.security.SignInSteps;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The second step of sign-in: a code from the authenticator app or a recovery code. */
@Controller
class SecondFactorLoginController {

    private final SignInSteps steps;

    SecondFactorLoginController(SignInSteps steps) {
        this.steps = steps;
    }

    @GetMapping("/login/second-factor")
    String form() {
        return "identity/second-factor-login";
    }

    @PostMapping("/login/second-factor")
    String verify(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response) {
        return steps.completeSecondFactor(code, request, response).map(next -> "redirect:" + next)
                .orElse("redirect:/login/second-factor?error");
    }
}
