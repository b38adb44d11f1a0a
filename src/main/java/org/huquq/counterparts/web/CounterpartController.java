package org.huquq.counterparts.web;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.CurrentUser;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.RelatedRecords;
import org.huquq.shared.RelatedSubject;
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
 * Pages of the registry of counterpart institutions. The list answers htmx requests with just its results.
 */
@Controller
@RequestMapping("/institutions")
class CounterpartController {

    private static final int PAGE_SIZE = 25;

    private final CounterpartManagement counterparts;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final RelatedRecords related;

    CounterpartController(CounterpartManagement counterparts, Vocabularies vocabularies, AuditLog audit,
            RelatedRecords related) {
        this.counterparts = counterparts;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.related = related;
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
            @RequestParam(defaultValue = "0") int page, Model model) {
        listModel(new CounterpartFilter(q, kind, country, active), page, model);
        return "counterparts/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String country, @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page, Model model) {
        listModel(new CounterpartFilter(q, kind, country, active), page, model);
        return "counterparts/list :: results";
    }

    private void listModel(CounterpartFilter filter, int page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("result", counterparts.find(filter, page, PAGE_SIZE));
        model.addAttribute("canEdit", counterparts.canEdit());
    }

    @GetMapping("/new")
    String newCounterpart(Model model) {
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering institutions");
        }
        model.addAttribute("form", new CounterpartForm().withSpareContactRows());
        return "counterparts/edit";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") CounterpartForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering institutions");
        }
        if (!binding.hasErrors()) {
            try {
                CounterpartView created = counterparts.create(form.toDetails(parentId(form)));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/institutions/" + created.id();
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        form.withSpareContactRows();
        return "counterparts/edit";
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
    String edit(@PathVariable UUID id, Model model) {
        CounterpartView counterpart = counterparts.get(id);
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow changing institutions");
        }
        String parentReference = parent(counterpart).map(CounterpartView::reference).orElse(null);
        model.addAttribute("form", CounterpartForm.of(counterpart, parentReference).withSpareContactRows());
        model.addAttribute("counterpartId", id);
        return "counterparts/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") CounterpartForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        counterparts.get(id);
        if (!counterparts.canEdit()) {
            throw new AccessDeniedToWrite("Your roles do not allow changing institutions");
        }
        if (!binding.hasErrors()) {
            try {
                counterparts.update(id, form.getVersion(), form.toDetails(parentId(form)));
                redirect.addFlashAttribute("saved", true);
                return "redirect:/institutions/" + id;
            } catch (InvalidInputException e) {
                reject(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        model.addAttribute("counterpartId", id);
        form.withSpareContactRows();
        return "counterparts/edit";
    }

    private Optional<CounterpartView> parent(CounterpartView counterpart) {
        return Optional.ofNullable(counterpart.parentId()).map(counterparts::get);
    }

    /**
     * The id of the parent the form names by reference. An unknown reference becomes an id that exists nowhere, so
     * that the module reports it together with every other problem of the form.
     */
    private UUID parentId(CounterpartForm form) {
        String reference = form.getParentReference();
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return counterparts.findByReference(reference).map(CounterpartView::id).orElseGet(UUID::randomUUID);
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().forEach(p -> binding.rejectValue(CounterpartForm.formField(p.field()), p.messageKey(),
                p.argumentArray(), p.messageKey()));
    }
}
