package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.huquq.audit.AuditLog;
import org.huquq.correspondence.CommunicationFilter;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationSide;
import org.huquq.correspondence.CommunicationSummary;
import org.huquq.correspondence.CommunicationView;
import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.CurrentUser;
import org.huquq.search.PickerInput;
import org.huquq.search.RecordPickers;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NotFoundException;
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

/**
 * Pages of the communications log: calls and meetings with counterparts. The list answers htmx requests with just its
 * results. The form picks the counterpart, persons and places with record pickers; its "Find" buttons post the form
 * to itself, which saves nothing.
 */
@Controller
@RequestMapping("/communications")
class CommunicationController {

    private static final int PAGE_SIZE = 25;

    private final CommunicationManagement communications;
    private final CounterpartManagement counterparts;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final SmartValidator validator;
    private final RecordPickers pickers;

    CommunicationController(CommunicationManagement communications, CounterpartManagement counterparts,
            Vocabularies vocabularies, AuditLog audit, jakarta.validation.Validator validator,
            RecordPickers pickers) {
        this.communications = communications;
        this.counterparts = counterparts;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.validator = new SpringValidatorAdapter(validator);
        this.pickers = pickers;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", vocabularies.activeTerms(CommunicationManagement.KINDS, locale));
        // labels include deprecated kinds, so that old records still show theirs
        model.addAttribute("kindLabels", vocabularies.labels(CommunicationManagement.KINDS, locale));
        model.addAttribute("sides", CommunicationSide.values());
        model.addAttribute("levels", Confidentiality.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) UUID counterpart, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) DateCursor after, HttpServletRequest request, Model model) {
        listModel(new CommunicationFilter(counterpart, kind, from, to), after, request, model);
        model.addAttribute("counterparts", counterpartChoices(counterpart));
        return "correspondence/communications/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) UUID counterpart, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) DateCursor after, HttpServletRequest request, Model model) {
        listModel(new CommunicationFilter(counterpart, kind, from, to), after, request, model);
        return "correspondence/communications/list :: results";
    }

    private void listModel(CommunicationFilter filter, DateCursor after, HttpServletRequest request, Model model) {
        model.addAttribute("filter", filter);
        KeysetPage<CommunicationSummary> result;
        try {
            result = communications.find(filter, after, PAGE_SIZE);
        } catch (InvalidInputException e) {
            // a reversed period: said beside the filter, rather than an empty list that looks like an answer
            model.addAttribute("periodError", e.problems().get(0));
            result = new KeysetPage<>(List.of(), null);
        }
        model.addAttribute("result", result);
        // a page past the first that holds nothing says so, rather than that there are no calls at all
        model.addAttribute("paged", after != null);
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("canCreate", communications.canCreate());
    }

    @GetMapping("/new")
    String newCommunication(@RequestParam(required = false) UUID counterpart, Model model, Locale locale) {
        if (!communications.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording calls and meetings");
        }
        CommunicationForm form = CommunicationForm.blank(counterpart).withSpareParticipantRows();
        // most calls and meetings are recorded on the day; a date in the past is typed over this one
        form.setOccurredOn(LocalDate.now());
        return form(form, null, null, Map.of(), model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") CommunicationForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        if (!communications.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording calls and meetings");
        }
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            candidates = takePickers(form, binding, locale);
            validator.validate(form, binding);
            try {
                if (!binding.hasErrors()) {
                    CommunicationView created = communications.create(form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communications/" + created.id();
                }
                communications.validate(form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        return form(form.withSpareParticipantRows(), null, find, candidates, model, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CommunicationView communication = communications.get(id);
        model.addAttribute("communication", communication);
        model.addAttribute("counterpart", counterparts.get(communication.counterpartId()));
        model.addAttribute("canEdit", communications.canEdit(communication));
        model.addAttribute("teams", communications.teams());
        model.addAttribute("history", audit.history(CurrentUser.require().institutionId(), "Communication", id));
        return "correspondence/communications/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        CommunicationView communication = communications.get(id);
        if (!communications.canEdit(communication)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this call or meeting");
        }
        return form(CommunicationForm.of(communication).withSpareParticipantRows(), id, null, Map.of(), model,
                locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") CommunicationForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        CommunicationView current = communications.get(id);
        if (!communications.canEdit(current)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this call or meeting");
        }
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            candidates = takePickers(form, binding, locale);
            validator.validate(form, binding);
            try {
                if (!binding.hasErrors()) {
                    communications.update(id, form.getVersion(), form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communications/" + id;
                }
                communications.validate(form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        return form(form.withSpareParticipantRows(), id, find, candidates, model, locale);
    }

    /**
     * Takes what was typed in the pickers into the form: a text naming exactly one record links it; one naming none
     * or several is a field error, with the candidates to tick (by picker field).
     */
    private Map<String, List<SearchHit>> takePickers(CommunicationForm form, BindingResult binding, Locale locale) {
        Map<String, List<SearchHit>> candidates = new HashMap<>();
        PickerInput counterpart = pickers.bind("counterparts", "counterpartQuery",
                form.getCounterpartId() == null ? List.of() : List.of(form.getCounterpartId()),
                form.getCounterpartQuery(), false, binding, locale);
        form.setCounterpartId(counterpart.single());
        candidates.put("counterpartId", counterpart.candidates());
        PickerInput persons = pickers.bind("persons", "personQuery", form.getPersonIds(), form.getPersonQuery(), true,
                binding, locale);
        form.setPersonIds(new ArrayList<>(persons.ids()));
        candidates.put("personIds", persons.candidates());
        PickerInput places = pickers.bind("places", "placeQuery", form.getPlaceIds(), form.getPlaceQuery(), true,
                binding, locale);
        form.setPlaceIds(new ArrayList<>(places.ids()));
        candidates.put("placeIds", places.candidates());
        if (counterpart.resolved()) {
            form.setCounterpartQuery(null);
        }
        if (persons.resolved()) {
            form.setPersonQuery(null);
        }
        if (places.resolved()) {
            form.setPlaceQuery(null);
        }
        return candidates;
    }

    /** The form page with its pickers: the chosen records named, and candidates found or left to choose from. */
    private String form(CommunicationForm form, UUID communicationId, String find,
            Map<String, List<SearchHit>> candidates, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("communicationId", communicationId);
        model.addAttribute("teams", communications.teams());
        model.addAttribute("counterpartPicker", pickers.show("counterparts", "counterpartId", "counterpartQuery",
                false, false, form.getCounterpartId() == null ? List.of() : List.of(form.getCounterpartId()),
                form.getCounterpartQuery(), candidates.getOrDefault("counterpartId", List.of()),
                "counterpartId".equals(find), locale));
        model.addAttribute("personPicker", pickers.show("persons", "personIds", "personQuery", true, false,
                form.getPersonIds(), form.getPersonQuery(), candidates.getOrDefault("personIds", List.of()),
                "personIds".equals(find), locale));
        model.addAttribute("placePicker", pickers.show("places", "placeIds", "placeQuery", true, false,
                form.getPlaceIds(), form.getPlaceQuery(), candidates.getOrDefault("placeIds", List.of()),
                "placeIds".equals(find), locale));
        return "correspondence/communications/edit";
    }

    /** Up to a page of the registry's counterparts by name, and the one filtered by when it is not among them. */
    private List<CounterpartView> counterpartChoices(UUID selected) {
        List<CounterpartView> choices = new ArrayList<>(counterparts.find(CounterpartFilter.none(), null,
                CounterpartManagement.MAX_PAGE_SIZE).items());
        if (selected != null && choices.stream().noneMatch(c -> c.id().equals(selected))) {
            try {
                choices.add(0, counterparts.get(selected));
            } catch (NotFoundException notInRegistry) {
                // a counterpart of no registry of the user's: the filter simply finds nothing
            }
        }
        return choices;
    }

    /**
     * The module's problems on the form's fields: only on fields without a problem already (the form's own, or a
     * picker's text that names no record, which leaves its field empty).
     */
    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().stream()
                .filter(p -> !binding.hasFieldErrors(p.field()))
                .filter(p -> !("counterpartId".equals(p.field()) && binding.hasFieldErrors("counterpartQuery")))
                .forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.argumentArray(), p.messageKey()));
    }
}
