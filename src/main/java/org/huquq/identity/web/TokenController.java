package org.huquq.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's API tokens: list, create (the secret is shown once), revoke. */
@Controller
class TokenController {

    private final ApiTokens tokens;

    TokenController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/account/tokens")
    String list(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CreateTokenForm());
        }
        model.addAttribute("tokens", tokens.tokensOf(CurrentUser.require()));
        return "identity/tokens";
    }

    @PostMapping("/account/tokens")
    String create(@Valid @ModelAttribute("form") CreateTokenForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("tokens", tokens.tokensOf(CurrentUser.require()));
            return "identity/tokens";
        }
        ApiTokens.CreatedToken token = tokens.create(CurrentUser.require(), form.getName().trim(), form.expiresAt(),
                form.isReadOnly());
        redirect.addFlashAttribute("createdToken", token);
        return "redirect:/account/tokens";
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
        tokens.revoke(CurrentUser.require(), id);
        redirect.addFlashAttribute("notice", "identity.tokens.revoked");
        return "redirect:/account/tokens";
    }
}
