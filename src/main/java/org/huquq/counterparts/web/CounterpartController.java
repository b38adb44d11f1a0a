package org.huquq.counterparts.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.CurrentUser;
import org.huquq.search.PickerInput;
import org.huquq.search.RecordPickers;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NameCursor;
import org.huquq.shared.RelatedRecords;
import org.huquq.shared.RelatedSubject;
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
 * Pages of the registry of counterpart institutions. The list answers htmx requests with just its results. The form
 * picks the body an institution is part of with a record picker; its "Find" button posts the form to itself, which
 * saves nothing.
 */
@Controller
@RequestMapping("/institutions")
class CounterpartController {

    private static final int PAGE_SIZE = 25;

    private final CounterpartManagement counterparts;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final RelatedRecords related;
    private final RecordPickers pickers;
    private final SmartValidator validator;

    CounterpartController(CounterpartManagement counterparts, Vocabularies vocabularies, AuditLog audit,
            RelatedRecords related, RecordPickers pickers, jakarta.validation.Validator validator) {
        this.counterparts = counterparts;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.related = related;
        this.pickers = pickers;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", vocabularies.activeTerms(CounterpartManagement.KINDS, locale));
        // labels include deprecated kinds, so that old records still show theirs
        model.addAttribute("kindLabels", vocabularies.labels(CounterpartManagement.KINDS, locale));
        model.addAttribute("countries", Countries.sortedByName(locale));
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String country, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) NameCursor after, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        listModel(new CounterpartFilter(q, kind, country, active), after, page, request, model);
        return "counterparts/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String country, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) NameCursor after, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        listModel(new CounterpartFilter(q, kind, country, active), after, page, request, model);
        return "counterparts/list :: results";
    }

    /** By name in keyset pages; a text search best match first, in numbered pages. */
    private void listModel(CounterpartFilter filter, NameCursor after, int page, HttpServletRequest request,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("searching", filter.hasText());
        model.addAttribute("result", filter.hasText() ? counterparts.search(filter, page, PAGE_SIZE)
                : counterparts.find(filter, after, PAGE_SIZE));
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("canEdit", counterparts.canEdit());
    }

    @GetMapping("/new")
    String newCounterpart(Model model, Locale locale) {
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering institutions");
        }
        return form(new CounterpartForm(), null, null, List.of(), model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") CounterpartForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering institutions");
        }
        List<SearchHit> candidates = List.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takeParent(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    CounterpartView created = counterparts.create(form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/institutions/" + created.id();
                }
                counterparts.validate(null, form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        return form(form, null, find, candidates, model, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        CounterpartView counterpart = counterparts.get(id);
        model.addAttribute("counterpart", counterpart);
        model.addAttribute("parent", parent(counterpart).orElse(null));
        model.addAttribute("parts", counterparts.parts(id));
        model.addAttribute("canEdit", counterparts.canEdit());
        model.addAttribute("history",
                audit.history(CurrentUser.require().institutionId(), "Counterpart", id));
        model.addAttribute("related", related.concerning(RelatedSubject.COUNTERPART, id, locale));
        return "counterparts/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        CounterpartView counterpart = counterparts.get(id);
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow changing institutions");
        }
        return form(CounterpartForm.of(counterpart), id, null, List.of(), model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") CounterpartForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        counterparts.get(id);
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow changing institutions");
        }
        List<SearchHit> candidates = List.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takeParent(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    counterparts.update(id, form.getVersion(), form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/institutions/" + id;
                }
                counterparts.validate(id, form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        return form(form, id, find, candidates, model, locale);
    }

    private Optional<CounterpartView> parent(CounterpartView counterpart) {
        return Optional.ofNullable(counterpart.parentId()).map(counterparts::get);
    }

    /**
     * Takes what was typed in the parent picker into the form: a text naming exactly one institution chooses it; one
     * naming none or several is a field error, and the institutions to choose from are returned. A text too long to
     * search is left to its own field error.
     */
    private List<SearchHit> takeParent(CounterpartForm form, BindingResult binding, Locale locale) {
        String query = binding.hasFieldErrors("parentQuery") ? null : form.getParentQuery();
        PickerInput parent = pickers.bind("counterparts", "parentQuery",
                form.getParentId() == null ? List.of() : List.of(form.getParentId()), query, false, binding, locale);
        form.setParentId(parent.single());
        if (parent.resolved() && !binding.hasFieldErrors("parentQuery")) {
            form.setParentQuery(null);
        }
        return parent.candidates();
    }

    /** The form page with its parent picker: the chosen body named, and candidates found or left to choose from. */
    private String form(CounterpartForm form, UUID counterpartId, String find, List<SearchHit> candidates,
            Model model, Locale locale) {
        model.addAttribute("form", form.withSpareContactRows());
        model.addAttribute("counterpartId", counterpartId);
        model.addAttribute("parentPicker", pickers.show("counterparts", "parentId", "parentQuery", false, true,
                form.getParentId() == null ? List.of() : List.of(form.getParentId()), form.getParentQuery(),
                candidates, "parentId".equals(find), locale));
        return "counterparts/edit";
    }

    /**
     * The module's problems on the form's fields: only on fields without a problem already (the form's own, or the
     * parent picker's text that names no institution).
     */
    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().stream()
                .filter(p -> !binding.hasFieldErrors(p.field()))
                .filter(p -> !("parentId".equals(p.field()) && binding.hasFieldErrors("parentQuery")))
                .forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.argumentArray(), p.messageKey()));
    }
}
