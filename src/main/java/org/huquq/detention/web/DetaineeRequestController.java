package org.huquq.detention.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.detention.DetaineeRequestManagement;
import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RaisedIn;
import org.huquq.detention.RegistryView;
import org.huquq.detention.RequestFilter;
import org.huquq.detention.RequestStatus;
import org.huquq.detention.RequestView;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.UserSummary;
import org.huquq.places.PlaceManagement;
import org.huquq.search.Picker;
import org.huquq.search.PickerInput;
import org.huquq.search.RecordPickers;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
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
 * Pages of detainees' requests: the list (filtered, in keyset pages; htmx requests get just the results), a request
 * with its steps newest first and the form to record a step, and the forms to record and change one. The form picks
 * the person, and the letter or call the request was raised in, with record pickers, whose "Find" buttons post the
 * form to itself and save nothing; the detention is chosen among the records of the person chosen.
 */
@Controller
@RequestMapping("/detainee-requests")
class DetaineeRequestController {

    private static final int PAGE_SIZE = 25;
    /** The records of a person the form offers to choose the detention from. */
    private static final int DETENTIONS_OFFERED = DetentionManagement.MAX_PAGE_SIZE;

    private final DetaineeRequestManagement requests;
    private final DetentionManagement detentions;
    private final PlaceManagement places;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final RecordPickers pickers;
    private final SmartValidator validator;

    DetaineeRequestController(DetaineeRequestManagement requests, DetentionManagement detentions,
            PlaceManagement places, Vocabularies vocabularies, AuditLog audit, RecordPickers pickers,
            jakarta.validation.Validator validator) {
        this.requests = requests;
        this.detentions = detentions;
        this.places = places;
        this.vocabularies = vocabularies;
        this.audit = audit;
        this.pickers = pickers;
        this.validator = new SpringValidatorAdapter(validator);
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("kinds", vocabularies.activeTerms(DetaineeRequestManagement.KINDS, locale));
        // labels include deprecated kinds, so that old requests still show theirs
        model.addAttribute("kindLabels", vocabularies.labels(DetaineeRequestManagement.KINDS, locale));
        model.addAttribute("statuses", RequestStatus.values());
        model.addAttribute("reportableStatuses",
                Arrays.stream(RequestStatus.values()).filter(RequestStatus::isReportable).toList());
        model.addAttribute("raisedInChoices", RaisedIn.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "false") boolean goingHome,
            @RequestParam(required = false) UUID person, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model, Locale locale) {
        listModel(kind, status, open, goingHome, person, after, request, model, locale);
        return "detention/requests/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) String kind, @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "false") boolean goingHome,
            @RequestParam(required = false) UUID person, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model, Locale locale) {
        listModel(kind, status, open, goingHome, person, after, request, model, locale);
        return "detention/requests/list :: results";
    }

    /**
     * The most recently asked first, in keyset pages. {@code goingHome} is a shortcut to the requests a transfer
     * starts from (to go home, still open): it sets the kind and "open only", which the filter bar then shows.
     */
    private void listModel(String kind, RequestStatus status, boolean open, boolean goingHome, UUID person,
            DateCursor after, HttpServletRequest request, Model model, Locale locale) {
        RequestFilter home = RequestFilter.goingHome();
        RequestFilter filter = goingHome ? new RequestFilter(home.kind(), status, home.open(), person, null)
                : new RequestFilter(kind, status, open, person, null);
        model.addAttribute("filter", filter);
        model.addAttribute("result", requests.find(filter, after, PAGE_SIZE));
        model.addAttribute("personChosen", pickers.find("persons", person, locale).orElse(null));
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("canCreate", requests.canCreate());
    }

    @GetMapping("/new")
    String newRequest(@RequestParam(required = false) UUID person, @RequestParam(required = false) UUID detention,
            Model model, Locale locale) {
        requireCreator();
        DetaineeRequestForm form = new DetaineeRequestForm();
        form.setPersonId(person);
        form.setDetentionId(detention);
        form.setAskedOn(detentions.today());
        // the words are usually written down in the language the user works in
        form.setWordsLanguage(locale.getLanguage());
        return form(form, null, null, Map.of(), model, locale);
    }

    @PostMapping
    String create(@ModelAttribute("form") DetaineeRequestForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        requireCreator();
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takePickers(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    RequestView created = requests.create(form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/detainee-requests/" + created.id();
                }
                requests.validate(form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, form, binding);
            }
        }
        return form(form, null, find, candidates, model, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        RequestView request = requests.get(id);
        boolean canEdit = requests.canEdit(request);
        if (canEdit) {
            model.addAttribute("stepForm", RequestStepForm.blank(detentions.today(), request.version()));
        }
        detailModel(request, canEdit, model, locale);
        return "detention/requests/detail";
    }

    @PostMapping("/{id}/steps")
    String addStep(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") RequestStepForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        RequestView request = requests.get(id);
        if (!requests.canEdit(request)) {
            throw new AccessDeniedToWrite("Your roles do not allow recording steps on this request");
        }
        if (!binding.hasErrors()) {
            try {
                requests.addStep(id, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("stepSaved", true);
                return "redirect:/detainee-requests/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.argumentArray(),
                        p.messageKey()));
            } catch (StaleVersionException e) {
                binding.reject("detention.requests.step.stale");
                request = requests.get(id);
                form.setVersion(request.version());
            }
        }
        detailModel(request, true, model, locale);
        return "detention/requests/detail";
    }

    private void detailModel(RequestView request, boolean canEdit, Model model, Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("detention", request.detentionId() != null && detentions.isReadable(request.detentionId())
                ? detentions.get(request.detentionId()) : null);
        model.addAttribute("sourceRecord", sourceRecord(request.raisedIn(), request.sourceId(), locale));
        model.addAttribute("owner", request.ownerId() == null ? null : requests.owners().stream()
                .filter(user -> user.id().equals(request.ownerId())).findFirst().orElse(null));
        model.addAttribute("steps", requests.steps(request.id()));
        model.addAttribute("today", detentions.today());
        model.addAttribute("history",
                audit.history(CurrentUser.require().institutionId(), "DetaineeRequest", request.id()));
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        RequestView request = editable(id);
        return form(DetaineeRequestForm.of(request), id, null, Map.of(), model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") DetaineeRequestForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        editable(id);
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            validator.validate(form, binding);
            candidates = takePickers(form, binding, locale);
            try {
                if (!binding.hasErrors()) {
                    requests.update(id, form.getVersion(), form.toDetails());
                    redirect.addFlashAttribute("saved", true);
                    return "redirect:/detainee-requests/" + id;
                }
                requests.validate(form.toDetails());
            } catch (InvalidInputException e) {
                reject(e, form, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        return form(form, id, find, candidates, model, locale);
    }

    private void requireCreator() {
        if (!requests.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow recording requests");
        }
    }

    private RequestView editable(UUID id) {
        RequestView request = requests.get(id);
        if (!requests.canEdit(request)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this request");
        }
        return request;
    }

    /**
     * Takes what was typed in the pickers into the form: a text naming exactly one record chooses it; one naming none
     * or several is a field error, with the candidates to tick (by picker field).
     */
    private Map<String, List<SearchHit>> takePickers(DetaineeRequestForm form, BindingResult binding, Locale locale) {
        Map<String, List<SearchHit>> candidates = new HashMap<>();
        PickerInput person = take("persons", "personQuery", form.getPersonId(), form.getPersonQuery(), binding,
                locale);
        form.setPersonId(person.single());
        candidates.put("personId", person.candidates());
        PickerInput letter = take("letters", "sourceLetterQuery", form.getSourceLetterId(),
                form.getSourceLetterQuery(), binding, locale);
        form.setSourceLetterId(letter.single());
        candidates.put("sourceLetterId", letter.candidates());
        PickerInput call = take("communications", "sourceCallQuery", form.getSourceCallId(),
                form.getSourceCallQuery(), binding, locale);
        form.setSourceCallId(call.single());
        candidates.put("sourceCallId", call.candidates());
        if (person.resolved() && !binding.hasFieldErrors("personQuery")) {
            form.setPersonQuery(null);
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

    /**
     * The form page with its pickers, and the detention records of the person chosen to choose from (their place
     * named as the reader may read it).
     */
    private String form(DetaineeRequestForm form, UUID requestId, String find,
            Map<String, List<SearchHit>> candidates, Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("requestId", requestId);
        model.addAttribute("today", detentions.today());
        model.addAttribute("personPicker", picker("persons", "personId", "personQuery", form.getPersonId(),
                form.getPersonQuery(), false, candidates, find, locale));
        model.addAttribute("sourceLetterPicker", picker("letters", "sourceLetterId", "sourceLetterQuery",
                form.getSourceLetterId(), form.getSourceLetterQuery(), true, candidates, find, locale));
        model.addAttribute("sourceCallPicker", picker("communications", "sourceCallId", "sourceCallQuery",
                form.getSourceCallId(), form.getSourceCallQuery(), true, candidates, find, locale));
        List<DetentionView> records = form.getPersonId() == null ? List.of()
                : detentions.find(new DetentionFilter(RegistryView.ALL, null, null, null, null, form.getPersonId()),
                        null, DETENTIONS_OFFERED).items();
        model.addAttribute("detentions", records);
        model.addAttribute("placeNames", places.readable(records.stream().map(DetentionView::placeId).distinct()
                .toList()));
        model.addAttribute("owners", requests.owners().stream().filter(UserSummary::enabled).toList());
        return "detention/requests/edit";
    }

    private Picker picker(String kind, String field, String queryField, UUID chosen, String query, boolean optional,
            Map<String, List<SearchHit>> candidates, String find, Locale locale) {
        return pickers.show(kind, field, queryField, false, optional, chosen == null ? List.of() : List.of(chosen),
                query, candidates.getOrDefault(field, List.of()), field.equals(find), locale);
    }

    /** The letter or call a request was raised in, as far as the reader may read it; {@code null} otherwise. */
    private SearchHit sourceRecord(RaisedIn raisedIn, UUID id, Locale locale) {
        if (raisedIn == RaisedIn.LETTER) {
            return pickers.find("letters", id, locale).orElse(null);
        }
        if (raisedIn == RaisedIn.CALL) {
            return pickers.find("communications", id, locale).orElse(null);
        }
        return null;
    }

    /**
     * The module's problems on the form's fields: only on fields without a problem already (the form's own, or a
     * picker's text that names no record, which leaves its field empty).
     */
    private static void reject(InvalidInputException e, DetaineeRequestForm form, BindingResult binding) {
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
            case "sourceLetterId" -> "sourceLetterQuery";
            case "sourceCallId" -> "sourceCallQuery";
            default -> field;
        };
    }
}
