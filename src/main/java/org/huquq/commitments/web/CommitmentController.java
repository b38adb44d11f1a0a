package org.huquq.commitments.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.commitments.CommitmentFilter;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentPage;
import org.huquq.commitments.CommitmentSource;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.CommitmentView;
import org.huquq.commitments.NoStepReport;
import org.huquq.identity.CurrentUser;
import org.huquq.search.Picker;
import org.huquq.search.PickerInput;
import org.huquq.search.RecordPickers;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.SearchHit;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.web.ListUrl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of commitments: the list, the "no step reported" view, a commitment with its follow-ups and the form to
 * report a step, and the forms to record and change one. Lists answer htmx requests with just their results. The
 * form picks who made the commitment, to whom, and the letter or call it was made in with record pickers; their
 * "Find" buttons post the form to itself, which saves nothing.
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
    private final RecordPickers pickers;
    private final SmartValidator validator;

    CommitmentController(CommitmentManagement commitments, CounterpartLookup counterparts, Vocabularies vocabularies,
            AuditLog audit, RecordPickers pickers, jakarta.validation.Validator validator) {
        this.commitments = commitments;
        this.counterparts = counterparts;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.pickers = pickers;
        this.validator = new SpringValidatorAdapter(validator);
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
            @RequestParam(required = false) UUID source, @RequestParam(required = false) DateCursor after,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model, Locale locale) {
        listModel(q, madeBy, kind, status, source, after, page, request, model, locale);
        model.addAttribute("counterpartChoices", counterparts.choices());
        return "commitments/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String madeBy,
            @RequestParam(required = false) String kind, @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) UUID source, @RequestParam(required = false) DateCursor after,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model, Locale locale) {
        listModel(q, madeBy, kind, status, source, after, page, request, model, locale);
        return "commitments/list :: results";
    }

    /** The most recently made first in keyset pages; a text search best match first, in numbered pages. */
    private void listModel(String q, String madeBy, String kind, CommitmentStatus status, UUID source,
            DateCursor after, int page, HttpServletRequest request, Model model, Locale locale) {
        CounterpartLookup.Named maker = counterparts.named(madeBy, locale);
        CommitmentFilter filter = new CommitmentFilter(q, maker.id(), kind, status, source);
        List<CommitmentView> shown;
        if (filter.searchesText()) {
            CommitmentPage result = commitments.search(filter, page, PAGE_SIZE);
            model.addAttribute("result", result);
            shown = result.items();
        } else {
            KeysetPage<CommitmentView> result = commitments.find(filter, after, PAGE_SIZE);
            model.addAttribute("result", result);
            shown = result.items();
        }
        model.addAttribute("searching", filter.searchesText());
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("filter", filter);
        model.addAttribute("madeBy", madeBy);
        model.addAttribute("maker", maker);
        model.addAttribute("sourceRecord", sourceRecord(null, source, locale));
        model.addAttribute("counterparts", counterparts.byId(shown.stream()
                .flatMap(c -> Stream.of(c.madeBy(), c.madeTo())).toList()));
        model.addAttribute("today", commitments.today());
        model.addAttribute("canCreate", commitments.canCreate());
    }

    @GetMapping("/no-step")
    String noStep(@RequestParam(defaultValue = "" + CommitmentManagement.DEFAULT_SILENCE_DAYS) int days,
            @RequestParam(required = false) String madeBy, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model, Locale locale) {
        noStepModel(days, madeBy, after, request, model, locale);
        model.addAttribute("counterpartChoices", counterparts.choices());
        return "commitments/no-step";
    }

    @GetMapping(path = "/no-step", headers = "HX-Request=true")
    String noStepResults(@RequestParam(defaultValue = "" + CommitmentManagement.DEFAULT_SILENCE_DAYS) int days,
            @RequestParam(required = false) String madeBy, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model, Locale locale) {
        noStepModel(days, madeBy, after, request, model, locale);
        return "commitments/no-step :: results";
    }

    private void noStepModel(int days, String madeBy, DateCursor after, HttpServletRequest request, Model model,
            Locale locale) {
        CounterpartLookup.Named maker = counterparts.named(madeBy, locale);
        NoStepReport report = commitments.noStepReported(Math.max(0, days), maker.id(), after, PAGE_SIZE);
        model.addAttribute("report", report);
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("madeBy", madeBy);
        model.addAttribute("maker", maker);
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
        return form(form, null, null, Map.of(), model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") CommitmentForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        if (!commitments.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording commitments");
        }
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takePickers(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    CommitmentView created = commitments.create(form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/commitments/" + created.id();
                }
                commitments.validate(null, form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, form, binding);
            }
        }
        return form(form, null, find, candidates, model, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        CommitmentView commitment = commitments.get(id);
        boolean canEdit = commitments.canEdit(commitment);
        if (canEdit) {
            model.addAttribute("followUpForm", FollowUpForm.blank(commitments.today(), commitment.version()));
        }
        detailModel(commitment, canEdit, model, locale);
        return "commitments/detail";
    }

    @PostMapping("/{id}/follow-ups")
    String addFollowUp(@PathVariable UUID id, @Valid @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
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
        detailModel(commitment, true, model, locale);
        return "commitments/detail";
    }

    private void detailModel(CommitmentView commitment, boolean canEdit, Model model, Locale locale) {
        model.addAttribute("commitment", commitment);
        model.addAttribute("sourceRecord", sourceRecord(commitment.sourceKind(), commitment.sourceId(), locale));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("counterparts", counterparts.byId(Arrays.asList(commitment.madeBy(), commitment.madeTo())));
        model.addAttribute("followUps", commitments.followUps(commitment.id(), 0, FOLLOW_UPS_SHOWN));
        model.addAttribute("today", commitments.today());
        model.addAttribute("teams", commitments.teams());
        model.addAttribute("history",
                audit.history(CurrentUser.require().institutionId(), "Commitment", commitment.id()));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        CommitmentView commitment = commitments.get(id);
        if (!commitments.canEdit(commitment)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this commitment");
        }
        return form(CommitmentForm.of(commitment), id, null, Map.of(), model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") CommitmentForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        CommitmentView commitment = commitments.get(id);
        if (!commitments.canEdit(commitment)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this commitment");
        }
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takePickers(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    commitments.update(id, form.getVersion(), form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/commitments/" + id;
                }
                commitments.validate(id, form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, form, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        return form(form, id, find, candidates, model, locale);
    }

    /**
     * Takes what was typed in the pickers into the form: a text naming exactly one record chooses it; one naming none
     * or several is a field error, with the candidates to tick (by picker field). A text too long to search is left to
     * its own field error.
     */
    private Map<String, List<SearchHit>> takePickers(CommitmentForm form, BindingResult binding, Locale locale) {
        Map<String, List<SearchHit>> candidates = new HashMap<>();
        PickerInput madeBy = take("counterparts", "madeByQuery", form.getMadeBy(), form.getMadeByQuery(), binding,
                locale);
        form.setMadeBy(madeBy.single());
        candidates.put("madeBy", madeBy.candidates());
        PickerInput madeTo = take("counterparts", "madeToQuery", form.getMadeTo(), form.getMadeToQuery(), binding,
                locale);
        form.setMadeTo(madeTo.single());
        candidates.put("madeTo", madeTo.candidates());
        PickerInput letter = take("letters", "sourceLetterQuery", form.getSourceLetterId(),
                form.getSourceLetterQuery(), binding, locale);
        form.setSourceLetterId(letter.single());
        candidates.put("sourceLetterId", letter.candidates());
        PickerInput call = take("communications", "sourceCallQuery", form.getSourceCallId(),
                form.getSourceCallQuery(), binding, locale);
        form.setSourceCallId(call.single());
        candidates.put("sourceCallId", call.candidates());
        if (madeBy.resolved() && !binding.hasFieldErrors("madeByQuery")) {
            form.setMadeByQuery(null);
        }
        if (madeTo.resolved() && !binding.hasFieldErrors("madeToQuery")) {
            form.setMadeToQuery(null);
        }
        if (letter.resolved() && !binding.hasFieldErrors("sourceLetterQuery")) {
            form.setSourceLetterQuery(null);
        }
        if (call.resolved() && !binding.hasFieldErrors("sourceCallQuery")) {
            form.setSourceCallQuery(null);
        }
        form.rejectSourceOfAnotherKind(binding);
        return candidates;
    }

    private PickerInput take(String kind, String queryField, UUID chosen, String query, BindingResult binding,
            Locale locale) {
        String searched = binding.hasFieldErrors(queryField) ? null : query;
        return pickers.bind(kind, queryField, chosen == null ? List.of() : List.of(chosen), searched, false, binding,
                locale);
    }

    /** The form page with its pickers: the chosen records named, and candidates found or left to choose from. */
    private String form(CommitmentForm form, UUID commitmentId, String find, Map<String, List<SearchHit>> candidates,
            Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("commitmentId", commitmentId);
        model.addAttribute("teams", commitments.teams());
        model.addAttribute("madeByPicker", picker("counterparts", "madeBy", "madeByQuery", form.getMadeBy(),
                form.getMadeByQuery(), candidates, find, locale));
        model.addAttribute("madeToPicker", picker("counterparts", "madeTo", "madeToQuery", form.getMadeTo(),
                form.getMadeToQuery(), candidates, find, locale));
        model.addAttribute("sourceLetterPicker", picker("letters", "sourceLetterId", "sourceLetterQuery",
                form.getSourceLetterId(), form.getSourceLetterQuery(), candidates, find, locale));
        model.addAttribute("sourceCallPicker", picker("communications", "sourceCallId", "sourceCallQuery",
                form.getSourceCallId(), form.getSourceCallQuery(), candidates, find, locale));
        return "commitments/edit";
    }

    private Picker picker(String kind, String field, String queryField, UUID chosen, String query,
            Map<String, List<SearchHit>> candidates, String find, Locale locale) {
        return pickers.show(kind, field, queryField, false, true, chosen == null ? List.of() : List.of(chosen), query,
                candidates.getOrDefault(field, List.of()), field.equals(find), locale);
    }

    /**
     * The letter or call a commitment was made in, as far as the reader may read it: {@code null} when they may not
     * (or there is none), and the page then names no record. {@code kind} null when not known: a letter, else a call.
     */
    private SearchHit sourceRecord(CommitmentSource kind, UUID id, Locale locale) {
        if (id == null) {
            return null;
        }
        if (kind == CommitmentSource.LETTER) {
            return pickers.find("letters", id, locale).orElse(null);
        }
        if (kind != null) {
            return pickers.find("communications", id, locale).orElse(null);
        }
        return pickers.find("letters", id, locale).or(() -> pickers.find("communications", id, locale)).orElse(null);
    }

    /**
     * The module's problems on the form's fields: only on fields without a problem already (the form's own, or a
     * picker's text that names no record, which leaves its field empty).
     */
    private static void reject(InvalidInputException e, CommitmentForm form, BindingResult binding) {
        e.problems().stream()
                .map(p -> Map.entry(form.formField(p.field()), p))
                .filter(entry -> !binding.hasFieldErrors(entry.getKey()))
                .filter(entry -> !binding.hasFieldErrors(queryFieldOf(entry.getKey())))
                .forEach(entry -> binding.rejectValue(entry.getKey(), entry.getValue().messageKey(),
                        entry.getValue().argumentArray(), entry.getValue().messageKey()));
    }

    /** The text field of the picker that shows {@code field}, or the field itself for any other. */
    private static String queryFieldOf(String field) {
        return switch (field) {
            case "madeBy" -> "madeByQuery";
            case "madeTo" -> "madeToQuery";
            case "sourceLetterId" -> "sourceLetterQuery";
            case "sourceCallId" -> "sourceCallQuery";
            default -> field;
        };
    }
}
