package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.huquq.audit.AuditLog;
import org.huquq.correspondence.CommunicationFilter;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationPage;
import org.huquq.correspondence.CommunicationSide;
import org.huquq.correspondence.CommunicationView;
import org.huquq.correspondence.LinkedPerson;
import org.huquq.correspondence.LinkedPlace;
import org.huquq.correspondence.CounterpartFilter;
import org.huquq.correspondence.CounterpartManagement;
import org.huquq.correspondence.LinkedRecords;
import org.huquq.correspondence.CounterpartView;
import org.huquq.correspondence.web.CommunicationForm.LinkRow;
import org.huquq.identity.CurrentUser;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
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
 * results. The form finds persons and places to link by posting to itself with a search button, which saves nothing.
 */
@Controller
@RequestMapping("/communications")
class CommunicationController {

    private static final int PAGE_SIZE = 25;

    /** Persons or places offered per search in the form. */
    private static final int CANDIDATES = 10;

    private final CommunicationManagement communications;
    private final CounterpartManagement counterparts;
    private final PersonManagement persons;
    private final PlaceManagement places;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final SmartValidator validator;
    private final LinkedRecords links;

    CommunicationController(CommunicationManagement communications, CounterpartManagement counterparts,
            PersonManagement persons, PlaceManagement places, Vocabularies vocabularies, AuditLog audit,
            jakarta.validation.Validator validator, LinkedRecords links) {
        this.links = links;
        this.communications = communications;
        this.counterparts = counterparts;
        this.persons = persons;
        this.places = places;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.validator = new SpringValidatorAdapter(validator);
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
            @RequestParam(defaultValue = "0") int page, Model model) {
        listModel(new CommunicationFilter(counterpart, kind, from, to), page, model);
        model.addAttribute("counterparts", counterpartChoices(counterpart));
        return "correspondence/communications/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) UUID counterpart, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        listModel(new CommunicationFilter(counterpart, kind, from, to), page, model);
        return "correspondence/communications/list :: results";
    }

    private void listModel(CommunicationFilter filter, int page, Model model) {
        model.addAttribute("filter", filter);
        CommunicationPage result;
        try {
            result = communications.find(filter, page, PAGE_SIZE);
        } catch (InvalidInputException e) {
            // a reversed period: said beside the filter, rather than an empty list that looks like an answer
            model.addAttribute("periodError", e.problems().get(0));
            result = new CommunicationPage(List.of(), 0, PAGE_SIZE, false);
        }
        model.addAttribute("result", result);
        model.addAttribute("canCreate", communications.canCreate());
    }

    @GetMapping("/new")
    String newCommunication(@RequestParam(required = false) UUID counterpart, Model model, Locale locale) {
        if (!communications.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording calls and meetings");
        }
        String reference = counterpart == null ? null : counterparts.get(counterpart).reference();
        CommunicationForm form = CommunicationForm.blank(reference).withSpareParticipantRows();
        // most calls and meetings are recorded on the day; a date in the past is typed over this one
        form.setOccurredOn(LocalDate.now());
        return form(form, null, false, false, model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") CommunicationForm form, BindingResult binding,
            @RequestParam(required = false) String findPersons, @RequestParam(required = false) String findPlaces,
            Model model, Locale locale, RedirectAttributes redirect) {
        if (!communications.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording calls and meetings");
        }
        if (findPersons == null && findPlaces == null) {
            validator.validate(form, binding);
            if (!binding.hasErrors()) {
                try {
                    CommunicationView created = communications.create(form.toDetails(counterpartId(form)));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communications/" + created.id();
                } catch (InvalidInputException e) {
                    reject(e, binding);
                }
            }
        }
        return form(form.withSpareParticipantRows(), null, findPersons != null, findPlaces != null, model, locale);
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
        String reference = counterparts.get(communication.counterpartId()).reference();
        return form(CommunicationForm.of(communication, reference).withSpareParticipantRows(), id, false, false,
                model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") CommunicationForm form, BindingResult binding,
            @RequestParam(required = false) String findPersons, @RequestParam(required = false) String findPlaces,
            Model model, Locale locale, RedirectAttributes redirect) {
        CommunicationView current = communications.get(id);
        if (!communications.canEdit(current)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this call or meeting");
        }
        if (findPersons == null && findPlaces == null) {
            validator.validate(form, binding);
            if (!binding.hasErrors()) {
                try {
                    communications.update(id, form.getVersion(), form.toDetails(counterpartId(form)));
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/communications/" + id;
                } catch (InvalidInputException e) {
                    reject(e, binding);
                } catch (StaleVersionException e) {
                    binding.reject("web.form.stale");
                }
            }
        }
        return form(form.withSpareParticipantRows(), id, findPersons != null, findPlaces != null, model, locale);
    }

    /** The form page, with the linked records named and, when asked for, the persons or places found to link. */
    private String form(CommunicationForm form, UUID communicationId, boolean findPersons, boolean findPlaces,
            Model model, Locale locale) {
        String language = locale.getLanguage();
        Map<UUID, LinkedPerson> linkedPersons = links.persons(form.getPersonIds());
        Map<UUID, LinkedPlace> linkedPlaces = links.places(form.getPlaceIds());
        model.addAttribute("form", form);
        model.addAttribute("communicationId", communicationId);
        model.addAttribute("teams", communications.teams());
        model.addAttribute("counterparts", counterparts.find(CounterpartFilter.none(), 0,
                CounterpartManagement.MAX_PAGE_SIZE).items());
        model.addAttribute("personRows", form.getPersonIds().stream().map(id -> new LinkRow(id,
                linkedPersons.containsKey(id) ? personLabel(linkedPersons.get(id)) : null)).toList());
        model.addAttribute("placeRows", form.getPlaceIds().stream().map(id -> new LinkRow(id,
                linkedPlaces.containsKey(id) ? placeLabel(linkedPlaces.get(id), language) : null)).toList());
        List<LinkRow> personCandidates = new ArrayList<>();
        if (findPersons && hasText(form.getPersonQuery())) {
            persons.search(PersonSearch.byName(form.getPersonQuery()), 0, CANDIDATES).items().stream()
                    .filter(hit -> !form.getPersonIds().contains(hit.id()))
                    .forEach(hit -> personCandidates.add(new LinkRow(hit.id(),
                            hit.displayName() + " · " + hit.reference())));
        }
        List<LinkRow> placeCandidates = new ArrayList<>();
        if (findPlaces && hasText(form.getPlaceQuery())) {
            places.find(new PlaceFilter(form.getPlaceQuery(), null, null, null), 0, CANDIDATES).items().stream()
                    .filter(place -> !form.getPlaceIds().contains(place.id()))
                    .forEach(place -> placeCandidates.add(new LinkRow(place.id(),
                            place.name(language) + (place.code() == null ? "" : " · " + place.code()))));
        }
        model.addAttribute("personCandidates", personCandidates);
        model.addAttribute("placeCandidates", placeCandidates);
        model.addAttribute("personsSearched", findPersons);
        model.addAttribute("placesSearched", findPlaces);
        return "correspondence/communications/edit";
    }

    /** Up to a page of the registry's counterparts by name, and the one filtered by when it is not among them. */
    private List<CounterpartView> counterpartChoices(UUID selected) {
        List<CounterpartView> choices = new ArrayList<>(counterparts.find(CounterpartFilter.none(), 0,
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
     * The id of the counterpart the form names by reference. An unknown reference becomes an id that exists nowhere,
     * so that the module reports it together with every other problem of the form.
     */
    private UUID counterpartId(CommunicationForm form) {
        return counterparts.findByReference(form.getCounterpartReference()).map(CounterpartView::id)
                .orElseGet(UUID::randomUUID);
    }

    private static String personLabel(LinkedPerson person) {
        return person.name() + " · " + person.reference();
    }

    private static String placeLabel(LinkedPlace place, String language) {
        return place.name(language) + (place.code() == null ? "" : " · " + place.code());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().forEach(p -> binding.rejectValue(CommunicationForm.formField(p.field()), p.messageKey(),
                p.argumentArray(), p.messageKey()));
    }
}
