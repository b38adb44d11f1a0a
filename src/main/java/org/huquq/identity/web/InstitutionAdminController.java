package org.huquq.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.IdentityManagement;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's institution: its teams and whether the second factor is mandatory. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class InstitutionAdminController {

    private final IdentityManagement identity;

    InstitutionAdminController(IdentityManagement identity) {
        this.identity = identity;
    }

    @GetMapping("/admin/teams")
    String teams(Model model) {
        model.addAttribute("form", new CreateTeamForm());
        model.addAttribute("teams", identity.teams(institution()));
        return "identity/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@Valid @ModelAttribute("form") CreateTeamForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && identity.teamNameTaken(institution(), form.getName())) {
            errors.rejectValue("name", "identity.teams.nameTaken");
        }
        if (errors.hasErrors()) {
            model.addAttribute("teams", identity.teams(institution()));
            return "identity/teams";
        }
        identity.createTeam(institution(), form.getName().trim());
        redirect.addFlashAttribute("notice", "identity.teams.created");
        return "redirect:/admin/teams";
    }

    @GetMapping("/admin/institution")
    String institution(Model model) {
        model.addAttribute("institutionName", identity.institutionName(institution()));
        model.addAttribute("secondFactorRequired", identity.secondFactorRequired(institution()));
        return "identity/institution";
    }

    @PostMapping("/admin/institution")
    String save(@RequestParam(defaultValue = "false") boolean secondFactorRequired, RedirectAttributes redirect) {
        identity.requireSecondFactor(institution(), secondFactorRequired);
        redirect.addFlashAttribute("notice", "identity.institution.saved");
        return "redirect:/admin/institution";
    }

    private static UUID institution() {
        return CurrentUser.require().institutionId();
    }
}
