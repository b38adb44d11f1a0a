package org.huquq.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.shared.InvalidInputException;
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
        return teamsPage(model);
    }

    private String teamsPage(Model model) {
        model.addAttribute("teams", identity.teams(institution()));
        model.addAttribute("users", identity.users(institution()));
        return "identity/teams";
    }

    /** Makes a member the team's lead ({@code lead} empty: no lead). */
    @PostMapping("/admin/teams/{id}/lead")
    String lead(@PathVariable UUID id, @RequestParam(required = false) UUID lead, RedirectAttributes redirect) {
        try {
            identity.setTeamLead(institution(), id, lead);
            redirect.addFlashAttribute("notice", "identity.teams.leadSaved");
        } catch (InvalidInputException notMember) {
            redirect.addFlashAttribute("error", notMember.problems().get(0).messageKey());
        }
        return "redirect:/admin/teams";
    }

    @PostMapping("/admin/teams")
    String createTeam(@Valid @ModelAttribute("form") CreateTeamForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("name") && identity.teamNameTaken(institution(), form.getName())) {
            errors.rejectValue("name", "identity.teams.nameTaken");
        }
        if (errors.hasErrors()) {
            return teamsPage(model);
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
