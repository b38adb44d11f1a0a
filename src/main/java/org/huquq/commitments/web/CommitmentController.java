package org.huquq.commitments.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.commitments.CommitmentDetails;
import org.huquq.commitments.CommitmentFilter;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentPage;
import org.huquq.commitments.CommitmentSource;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.CommitmentView;
import org.huquq.commitments.NoStepReport;
import org.huquq.identity.CurrentUser;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of commitments: the list, the "no step reported" view, a commitment with its follow-ups and the form to
 * report a step, and the forms to record and change one. Lists answer htmx requests with just their results.
 */
@Controller
@RequestMapping("/commitments")
class CommitmentController {

    private static final int PAGE_SIZE = 25;
    private static final int FOLLOW_UPS_SHOWN = 100;

    private final CommitmentManagement commitments;
    private final CounterpartLookup counterparts;
    private final Vocabularies vocabularies;
    private final AuditLog audit;

    CommitmentController(CommitmentManagement commitments, CounterpartLookup counterparts, Vocabularies vocabularies,
            AuditLog audit) {
        this.commitments = commitments;
        this.counterparts = counterparts;
        this.vocabularies = vocabularies;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", vocabularies.activeTerms(CommitmentManagement.KINDS, locale));
        // labels include deprecated kinds, so that old records still show theirs
        model.addAttribute("kindLabels", vocabularies.labels(CommitmentManagement.KINDS, locale));
        model.addAttribute("sources", CommitmentSource.values());
        model.addAttribute("statuses", CommitmentStatus.values());
        model.addAttribute("reportableStatuses",
                Stream.of(CommitmentStatus.values()).filter(CommitmentStatus::isReportable).toList());
        model.addAttribute("levels", Confidentiality.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String madeBy,
            @RequestParam(required = false) String kind, @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) UUID source, @RequestParam(defaultValue = "0") int page, Model model) {
        listModel(q, madeBy, kind, status, source, page, model);
        model.addAttribute("counterpartChoices", counterparts.choices());
        return "commitments/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String madeBy,
            @RequestParam(required = false) String kind, @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) UUID source, @RequestParam(defaultValue = "0") int page, Model model) {
        listModel(q, madeBy, kind, status, source, page, model);
        return "commitments/list :: results";
    }

    private void listModel(String q, String madeBy, String kind, CommitmentStatus status, UUID source, int page,
            Model model) {
        CommitmentFilter filter = new CommitmentFilter(q, counterparts.idOf(madeBy), kind, status, source);
        CommitmentPage result = commitments.find(filter, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("madeBy", madeBy);
        model.addAttribute("result", result);
        model.addAttribute("counterparts", counterparts.byId(result.items().stream()
                .flatMap(c -> Stream.of(c.madeBy(), c.madeTo())).toList()));
        model.addAttribute("today", commitments.today());
        model.addAttribute("canCreate", commitments.canCreate());
    }

    @GetMapping("/no-step")
    String noStep(@RequestParam(defaultValue = "" + CommitmentManagement.DEFAULT_SILENCE_DAYS) int days,
            @RequestParam(required = false) String madeBy, @RequestParam(defaultValue = "0") int page, Model model) {
        noStepModel(days, madeBy, page, model);
        model.addAttribute("counterpartChoices", counterparts.choices());
        return "commitments/no-step";
    }

    @GetMapping(path = "/no-step", headers = "HX-Request=true")
    String noStepResults(@RequestParam(defaultValue = "" + CommitmentManagement.DEFAULT_SILENCE_DAYS) int days,
            @RequestParam(required = false) String madeBy, @RequestParam(defaultValue = "0") int page, Model model) {
        noStepModel(days, madeBy, page, model);
        return "commitments/no-step :: results";
    }

    private void noStepModel(int days, String madeBy, int page, Model model) {
        NoStepReport report = commitments.noStepReported(Math.max(0, days), counterparts.idOf(madeBy), page,
                PAGE_SIZE);
        model.addAttribute("report", report);
        model.addAttribute("madeBy", madeBy);
        model.addAttribute("counterparts",
                counterparts.byId(report.groups().stream().map(NoStepReport.Group::madeBy).toList()));
    }

    @GetMapping("/new")
    String newCommitment(Model model, Locale locale) {
        if (!commitments.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording commitments");
        }
        CommitmentForm form = new CommitmentForm();
        form.setMadeOn(commitments.today());
        // the pledge is usually recorded in the language the user works in, as a letter's language is
        form.setTextLanguage(locale.getLanguage());
        model.addAttribute("form", form);
        formModel(model);
        return "commitments/edit";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CommitmentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!commitments.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording commitments");
        }
        if (!binding.hasErrors()) {
            try {
                CommitmentView created = commitments.create(details(form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/commitments/" + created.id();
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        formModel(model);
        return "commitments/edit";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CommitmentView commitment = commitments.get(id);
        boolean canEdit = commitments.canEdit(commitment);
        if (canEdit) {
            model.addAttribute("followUpForm", FollowUpForm.blank(commitments.today(), commitment.version()));
        }
        detailModel(commitment, canEdit, model);
        return "commitments/detail";
    }

    @PostMapping("/{id}/follow-ups")
    String addFollowUp(@PathVariable UUID id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CommitmentView commitment = commitments.get(id);
        if (!commitments.canEdit(commitment)) {
            throw new AccessDeniedToWrite("Your roles do not allow reporting steps on this commitment");
        }
        if (!binding.hasErrors()) {
            try {
                commitments.addFollowUp(id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("followUpSaved", true);
                return "redirect:/commitments/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.argumentArray(),
                        p.messageKey()));
            } catch (StaleVersionException e) {
                binding.reject("commitments.followUp.stale");
                commitment = commitments.get(id);
                form.setVersion(commitment.version());
            }
        }
        detailModel(commitment, true, model);
        return "commitments/detail";
    }

    private void detailModel(CommitmentView commitment, boolean canEdit, Model model) {
        model.addAttribute("commitment", commitment);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("counterparts", counterparts.byId(Arrays.asList(commitment.madeBy(), commitment.madeTo())));
        model.addAttribute("followUps", commitments.followUps(commitment.id(), 0, FOLLOW_UPS_SHOWN));
        model.addAttribute("today", commitments.today());
        model.addAttribute("teams", commitments.teams());
        model.addAttribute("history",
                audit.history(CurrentUser.require().institutionId(), "Commitment", commitment.id()));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        CommitmentView commitment = commitments.get(id);
        if (!commitments.canEdit(commitment)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this commitment");
        }
        model.addAttribute("form", CommitmentForm.of(commitment, counterparts.referenceOf(commitment.madeBy()),
                counterparts.referenceOf(commitment.madeTo())));
        model.addAttribute("commitmentId", id);
        formModel(model);
        return "commitments/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CommitmentForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CommitmentView commitment = commitments.get(id);
        if (!commitments.canEdit(commitment)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this commitment");
        }
        if (!binding.hasErrors()) {
            try {
                commitments.update(id, form.getVersion(), details(form));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/commitments/" + id;
            } catch (InvalidInputException e) {
                reject(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        model.addAttribute("commitmentId", id);
        formModel(model);
        return "commitments/edit";
    }

    private void formModel(Model model) {
        model.addAttribute("teams", commitments.teams());
        model.addAttribute("counterpartChoices", counterparts.choices());
    }

    private CommitmentDetails details(CommitmentForm form) {
        return form.toDetails(counterparts.idOf(form.getMadeByReference()),
                counterparts.idOf(form.getMadeToReference()));
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().forEach(p -> binding.rejectValue(CommitmentForm.formField(p.field()), p.messageKey(),
                p.argumentArray(), p.messageKey()));
    }
}
