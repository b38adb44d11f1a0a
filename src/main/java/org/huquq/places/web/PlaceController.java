package org.huquq.places.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.identity.CurrentUser;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NameCursor;
import org.huquq.shared.RelatedRecords;
import org.huquq.shared.RelatedSubject;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.web.ListUrl;
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

/** Pages of the place registry. The list answers htmx requests with just its rows. */
@Controller
@RequestMapping("/places")
class PlaceController {

    private static final int PAGE_SIZE = 25;

    private final PlaceManagement places;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final RelatedRecords related;

    PlaceController(PlaceManagement places, Vocabularies vocabularies, AuditLog audit, RelatedRecords related) {
        this.related = related;
        this.places = places;
        this.vocabularies = vocabularies;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("types", vocabularies.activeTerms(PlaceManagement.TYPES, locale));
        model.addAttribute("authorities", vocabularies.activeTerms(PlaceManagement.AUTHORITIES, locale));
        // labels include deprecated terms, so that old records still show theirs
        model.addAttribute("typeLabels", vocabularies.labels(PlaceManagement.TYPES, locale));
        model.addAttribute("authorityLabels", vocabularies.labels(PlaceManagement.AUTHORITIES, locale));
        model.addAttribute("countries", Countries.sortedByName(locale));
        model.addAttribute("levels", Confidentiality.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String type, @RequestParam(required = false) String authority,
            @RequestParam(required = false) NameCursor after, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        listModel(new PlaceFilter(q, country, type, authority), after, page, request, model);
        return "places/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String rows(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) String type, @RequestParam(required = false) String authority,
            @RequestParam(required = false) NameCursor after, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        listModel(new PlaceFilter(q, country, type, authority), after, page, request, model);
        return "places/list :: results";
    }

    /** By name in keyset pages; a text search best match first, in numbered pages. */
    private void listModel(PlaceFilter filter, NameCursor after, int page, HttpServletRequest request,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("searching", filter.hasText());
        model.addAttribute("result", filter.hasText() ? places.search(filter, page, PAGE_SIZE)
                : places.find(filter, after, PAGE_SIZE));
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("canCreate", places.canCreate());
    }

    @GetMapping("/new")
    String newPlace(Model model) {
        if (!places.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow creating places");
        }
        model.addAttribute("form", new PlaceForm());
        model.addAttribute("teams", places.teams());
        return "places/edit";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") PlaceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                PlaceView created = places.create(form.toDetails());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/places/" + created.id();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            }
        }
        model.addAttribute("teams", places.teams());
        return "places/edit";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        PlaceView place = places.get(id);
        model.addAttribute("related", related.concerning(RelatedSubject.PLACE, id, locale));
        model.addAttribute("place", place);
        model.addAttribute("canEdit", places.canEdit(place));
        model.addAttribute("teams", places.teams());
        model.addAttribute("history", audit.history(CurrentUser.require().institutionId(), "Place", id));
        return "places/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PlaceView place = places.get(id);
        if (!places.canEdit(place)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this place");
        }
        model.addAttribute("form", PlaceForm.of(place));
        model.addAttribute("placeId", id);
        model.addAttribute("teams", places.teams());
        return "places/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PlaceForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                places.update(id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/places/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        model.addAttribute("placeId", id);
        model.addAttribute("teams", places.teams());
        return "places/edit";
    }
}
