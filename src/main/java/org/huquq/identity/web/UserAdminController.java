package org.huquq.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.identity.CreatedUser;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Languages;
import org.huquq.identity.Role;
import org.huquq.identity.UserSummary;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration of the administrator's own institution; users of other institutions answer 404. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminController {

    private final IdentityManagement identity;

    UserAdminController(IdentityManagement identity) {
        this.identity = identity;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("allLanguages", Languages.SUPPORTED);
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("users", identity.users(institution()));
        return "identity/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(Model model) {
        model.addAttribute("form", new CreateUserForm());
        model.addAttribute("teams", identity.teams(institution()));
        return "identity/user-new";
    }

    @PostMapping("/admin/users/new")
    String create(@Valid @ModelAttribute("form") CreateUserForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            model.addAttribute("teams", identity.teams(institution()));
            return "identity/user-new";
        }
        CreatedUser user = identity.createUser(form.toCommand(institution()));
        redirect.addFlashAttribute("oneTimePassword", user.oneTimePassword());
        return "redirect:/admin/users/" + user.id();
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable UUID id, Model model) {
        UserSummary user = user(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", EditUserForm.of(user));
        }
        return page(user, model);
    }

    @PostMapping("/admin/users/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") EditUserForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        UserSummary user = user(id);
        if (errors.hasErrors()) {
            return page(user, model);
        }
        try {
            identity.updateUser(institution(), id, form.getVersion(), form.toChanges(form.isEnabled()));
        } catch (StaleVersionException e) {
            model.addAttribute("stale", true);
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "identity.users.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("oneTimePassword", identity.resetPassword(institution(), id));
        return "redirect:/admin/users/" + id;
    }

    private String page(UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("teams", identity.teams(institution()));
        return "identity/user";
    }

    private UserSummary user(UUID id) {
        return identity.findUser(institution(), id).orElseThrow(() -> new NotFoundException("User", id));
    }

    private static UUID institution() {
        return CurrentUser.require().institutionId();
    }
}
