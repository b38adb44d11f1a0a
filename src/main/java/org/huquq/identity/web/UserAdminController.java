package org.huquq.identity.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.identity.CreatedUser;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.FourEyes;
import org.huquq.identity.FourEyesOutcome;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Languages;
import org.huquq.identity.Reauthentication;
import org.huquq.identity.Role;
import org.huquq.identity.UserSummary;
import org.huquq.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration of the administrator's own institution; users of other institutions answer 404. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserAdminController {

    private final IdentityManagement identity;
    private final FourEyes fourEyes;

    UserAdminController(IdentityManagement identity, FourEyes fourEyes) {
        this.identity = identity;
        this.fourEyes = fourEyes;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("allRoles", Role.values());
        model.addAttribute("seniorRoles", Role.SENIOR);
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
        CreatedUser user;
        try {
            user = identity.createUser(form.toCommand(institution()));
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            model.addAttribute("teams", identity.teams(institution()));
            return "identity/user-new";
        }
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
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
            return page(user, model);
        }
        redirect.addFlashAttribute("notice", "identity.users.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
            HttpServletRequest request, RedirectAttributes redirect) {
        try {
            FourEyesOutcome outcome = fourEyes.resetPassword(id, new Reauthentication(password, request.getRemoteAddr()));
            redirect.addFlashAttribute(outcome.pending() ? "notice" : "oneTimePassword",
                    outcome.pending() ? "identity.approvals.awaiting" : outcome.oneTimePassword());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("resetProblem", e.problems().get(0).messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/senior-roles")
    String requestRole(@PathVariable UUID id, @RequestParam(required = false) Role role,
            @RequestParam(defaultValue = "") String password, HttpServletRequest request,
            RedirectAttributes redirect) {
        try {
            FourEyesOutcome outcome = fourEyes.requestRole(id, role, new Reauthentication(password,
                    request.getRemoteAddr()));
            redirect.addFlashAttribute("notice", outcome.pending() ? "identity.approvals.awaiting"
                    : "identity.approvals.appliedAlone");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("seniorProblem", e.problems().get(0).messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    private String page(UserSummary user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("self", user.id().equals(CurrentUser.require().userId()));
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
