package org.huquq.detention.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.huquq.audit.AuditLog;
import org.huquq.detention.DetaineeRequestManagement;
import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RegistryView;
import org.huquq.detention.RequestFilter;
import org.huquq.detention.RequestView;
import org.huquq.identity.CurrentUser;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.search.Picker;
import org.huquq.search.PickerInput;
import org.huquq.search.RecordPickers;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Countries;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.SearchHit;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.web.ListUrl;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Pages of detention records: the registry's views (filtered, in keyset pages; htmx requests get just the results),
 * a record with its sentence and the term remaining on a chosen day, and the forms to record and change one. The form
 * picks the person and the place with record pickers, whose "Find" buttons post the form to itself and save nothing.
 */
@Controller
@RequestMapping("/detentions")
class DetentionController {

    private static final int PAGE_SIZE = 25;
    /** The person's other records a record's page lists. */
    private static final int OTHERS_SHOWN = 20;
    /** The person's requests a record's page looks through for those raised during it. */
    private static final int REQUESTS_READ = DetaineeRequestManagement.MAX_PAGE_SIZE;

    private final DetentionManagement detentions;
    private final DetaineeRequestManagement requests;
    private final PlaceManagement places;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final RecordPickers pickers;
    private final SmartValidator validator;

    DetentionController(DetentionManagement detentions, DetaineeRequestManagement requests, PlaceManagement places,
            Vocabularies vocabularies, AuditLog audit, RecordPickers pickers, jakarta.validation.Validator validator) {
        this.detentions = detentions;
        this.requests = requests;
        this.places = places;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.pickers = pickers;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("legalStatuses", vocabularies.activeTerms(DetentionManagement.LEGAL_STATUSES, locale));
        // labels include deprecated statuses, so that old records still show theirs
        model.addAttribute("statusLabels", vocabularies.labels(DetentionManagement.LEGAL_STATUSES, locale));
        model.addAttribute("views", RegistryView.values());
        model.addAttribute("countries", Countries.sortedByName(locale));
    }

    @GetMapping
    String list(@RequestParam(required = false) RegistryView view, @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID placeId, @RequestParam(required = false) String place,
            @RequestParam(required = false) String nationality, @RequestParam(required = false) String legalStatus,
            @RequestParam(required = false) UUID person, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model, Locale locale) {
        listModel(view, country, placeId, place, nationality, legalStatus, person, after, request, model, locale);
        return "detention/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) RegistryView view, @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID placeId, @RequestParam(required = false) String place,
            @RequestParam(required = false) String nationality, @RequestParam(required = false) String legalStatus,
            @RequestParam(required = false) UUID person, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model, Locale locale) {
        listModel(view, country, placeId, place, nationality, legalStatus, person, after, request, model, locale);
        return "detention/list :: results";
    }

    /**
     * The view's records, the most recently detained first, in keyset pages. A place named by text narrows the list
     * when it names exactly one place; naming none or several, the list is empty and the places are offered instead.
     */
    private void listModel(RegistryView view, String country, UUID placeId, String place, String nationality,
            String legalStatus, UUID person, DateCursor after, HttpServletRequest request, Model model,
            Locale locale) {
        UUID chosenPlace = placeId;
        PickerInput typedPlace = null;
        if (place != null && !place.isBlank()) {
            typedPlace = place.length() > 200 ? new PickerInput(List.of(), "search.pick.notFound", List.of())
                    : pickers.take("places", List.of(), place.strip(), false, locale);
            chosenPlace = typedPlace.single();
        }
        DetentionFilter filter = new DetentionFilter(view, country, chosenPlace, nationality, legalStatus, person);
        KeysetPage<DetentionView> result = new KeysetPage<>(List.of(), null);
        if (typedPlace == null || typedPlace.resolved()) {
            try {
                result = detentions.find(filter, after, PAGE_SIZE);
            } catch (InvalidInputException e) {
                // a country code typed into the address: said beside the filter, not an empty list that looks like
                // an answer
                model.addAttribute("filterProblem", e.problems().get(0));
            }
        } else {
            model.addAttribute("placeProblem", typedPlace.problem());
            model.addAttribute("placeCandidates", typedPlace.candidates());
            // a place chosen among the candidates replaces the text that named several
            model.addAttribute("placeChoiceUrl", UriComponentsBuilder.fromUriString(ListUrl.of(request))
                    .replaceQueryParam("place").build().toUriString());
        }
        model.addAttribute("filter", filter);
        model.addAttribute("placeText", typedPlace == null ? null : place);
        model.addAttribute("placeChosen", typedPlace == null ? pickers.find("places", placeId, locale).orElse(null)
                : null);
        model.addAttribute("personChosen", pickers.find("persons", person, locale).orElse(null));
        model.addAttribute("result", result);
        model.addAttribute("placeNames", places.readable(result.items().stream().map(DetentionView::placeId)
                .distinct().toList()));
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("today", detentions.today());
        model.addAttribute("canCreate", detentions.canCreate());
    }

    @GetMapping("/new")
    String newDetention(@RequestParam(required = false) UUID person, @RequestParam(required = false) UUID place,
            Model model, Locale locale) {
        requireCreator();
        DetentionForm form = new DetentionForm();
        form.setPersonId(person);
        form.setPlaceId(place);
        form.offerBlankOffences();
        return form(form, null, null, Map.of(), model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") DetentionForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        requireCreator();
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takePickers(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    DetentionView created = detentions.create(form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/detentions/" + created.id();
                }
                detentions.validate(form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, form, binding);
            }
        }
        form.offerBlankOffences();
        return form(form, null, find, candidates, model, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model, Locale locale) {
        DetentionView detention = detentions.get(id);
        LocalDate today = detentions.today();
        model.addAttribute("detention", detention);
        model.addAttribute("today", today);
        model.addAttribute("on", on == null ? today : on);
        model.addAttribute("place", places.readable(List.of(detention.placeId())).get(detention.placeId()));
        model.addAttribute("canEdit", detentions.canEdit(detention));
        model.addAttribute("canRecordRequest", requests.canCreate());
        KeysetPage<DetentionView> others = detentions.find(new DetentionFilter(RegistryView.ALL, null, null, null,
                null, detention.personId()), null, OTHERS_SHOWN + 1);
        List<DetentionView> otherRecords = others.items().stream().filter(other -> !other.id().equals(id))
                .limit(OTHERS_SHOWN).toList();
        model.addAttribute("others", otherRecords);
        model.addAttribute("placeNames", places.readable(otherRecords.stream().map(DetentionView::placeId)
                .distinct().toList()));
        List<RequestView> raised = requests.find(new RequestFilter(null, null, false, detention.personId(), null),
                null, REQUESTS_READ).items().stream().filter(request -> id.equals(request.detentionId())).toList();
        model.addAttribute("requests", raised);
        model.addAttribute("kindLabels", vocabularies.labels(DetaineeRequestManagement.KINDS, locale));
        model.addAttribute("history", audit.history(CurrentUser.require().institutionId(), "Detention", id));
        return "detention/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        DetentionView detention = editable(id);
        return form(DetentionForm.of(detention), id, null, Map.of(), model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") DetentionForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        editable(id);
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takePickers(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    detentions.update(id, form.getVersion(), form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/detentions/" + id;
                }
                detentions.validate(form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, form, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        form.offerBlankOffences();
        return form(form, id, find, candidates, model, locale);
    }

    private void requireCreator() {
        if (!detentions.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording detentions");
        }
    }

    private DetentionView editable(UUID id) {
        DetentionView detention = detentions.get(id);
        if (!detentions.canEdit(detention)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this detention record");
        }
        return detention;
    }

    /**
     * Takes what was typed in the pickers into the form: a text naming exactly one record chooses it; one naming none
     * or several is a field error, with the candidates to tick (by picker field).
     */
    private Map<String, List<SearchHit>> takePickers(DetentionForm form, BindingResult binding, Locale locale) {
        Map<String, List<SearchHit>> candidates = new HashMap<>();
        PickerInput person = take("persons", "personQuery", form.getPersonId(), form.getPersonQuery(), binding,
                locale);
        form.setPersonId(person.single());
        candidates.put("personId", person.candidates());
        PickerInput place = take("places", "placeQuery", form.getPlaceId(), form.getPlaceQuery(), binding, locale);
        form.setPlaceId(place.single());
        candidates.put("placeId", place.candidates());
        if (person.resolved() && !binding.hasFieldErrors("personQuery")) {
            form.setPersonQuery(null);
        }
        if (place.resolved() && !binding.hasFieldErrors("placeQuery")) {
            form.setPlaceQuery(null);
        }
        return candidates;
    }

    private PickerInput take(String kind, String queryField, UUID chosen, String query, BindingResult binding,
            Locale locale) {
        String searched = binding.hasFieldErrors(queryField) ? null : query;
        return pickers.bind(kind, queryField, chosen == null ? List.of() : List.of(chosen), searched, false, binding,
                locale);
    }

    /** The form page with its pickers: the chosen records named, and candidates found or left to choose from. */
    private String form(DetentionForm form, UUID detentionId, String find, Map<String, List<SearchHit>> candidates,
            Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("detentionId", detentionId);
        model.addAttribute("today", detentions.today());
        model.addAttribute("personPicker", picker("persons", "personId", "personQuery", form.getPersonId(),
                form.getPersonQuery(), candidates, find, locale));
        model.addAttribute("placePicker", picker("places", "placeId", "placeQuery", form.getPlaceId(),
                form.getPlaceQuery(), candidates, find, locale));
        return "detention/edit";
    }

    private Picker picker(String kind, String field, String queryField, UUID chosen, String query,
            Map<String, List<SearchHit>> candidates, String find, Locale locale) {
        return pickers.show(kind, field, queryField, false, false, chosen == null ? List.of() : List.of(chosen), query,
                candidates.getOrDefault(field, List.of()), field.equals(find), locale);
    }

    /**
     * The module's problems on the form's fields: only on fields without a problem already (the form's own, or a
     * picker's text that names no record, which leaves its field empty).
     */
    private static void reject(InvalidInputException e, DetentionForm form, BindingResult binding) {
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
            case "personId" -> "personQuery";
            case "placeId" -> "placeQuery";
            default -> field;
        };
    }
}
