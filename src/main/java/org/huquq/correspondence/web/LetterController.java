package org.huquq.correspondence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.correspondence.FollowUpDraft;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterFilter;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterPage;
import org.huquq.correspondence.LetterSummary;
import org.huquq.correspondence.LetterTranslationView;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.LinkedRecords;
import org.huquq.correspondence.RecordOutcome;
import org.huquq.correspondence.RegisterLetter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.deadlines.ReplyDeadlineExplanation;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.huquq.deadlines.ReplyRuleManagement;
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
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the letter registry: the list, the overdue letters, a letter with its reply state, chain, outcomes and
 * translations, and the form to register or correct one.
 */
@Controller
@RequestMapping("/letters")
class LetterController {

    private static final int PAGE_SIZE = 25;

    private final LetterManagement letters;
    private final CounterpartManagement counterparts;
    private final ReplyRuleManagement rules;
    private final Vocabularies vocabularies;
    private final AuditLog audit;
    private final ReplyDeadlineExplanation explanation;
    private final LinkedRecords links;
    private final RecordPickers pickers;

    LetterController(LetterManagement letters, CounterpartManagement counterparts, ReplyRuleManagement rules,
            Vocabularies vocabularies, AuditLog audit, ReplyDeadlineExplanation explanation, LinkedRecords links,
            RecordPickers pickers) {
        this.links = links;
        this.pickers = pickers;
        this.explanation = explanation;
        this.letters = letters;
        this.counterparts = counterparts;
        this.rules = rules;
        this.vocabularies = vocabularies;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("channels", vocabularies.activeTerms(LetterManagement.CHANNELS, locale));
        model.addAttribute("channelLabels", vocabularies.labels(LetterManagement.CHANNELS, locale));
        model.addAttribute("directions", LetterDirection.values());
        model.addAttribute("outcomeKinds", ReplyDeadlineOutcomeKind.values());
        model.addAttribute("levels", Confidentiality.values());
    }

    @GetMapping
    String list(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) UUID counterpart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) DateCursor after,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        listModel(new LetterFilter(direction, counterpart, from, to, q), after, page, request, model);
        return "correspondence/letters/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String listResults(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) UUID counterpart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q, @RequestParam(required = false) DateCursor after,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        listModel(new LetterFilter(direction, counterpart, from, to, q), after, page, request, model);
        return "correspondence/letters/list :: results";
    }

    /** Newest registration first in keyset pages; a text search best match first, in numbered pages. */
    private void listModel(LetterFilter filter, DateCursor after, int page, HttpServletRequest request,
            Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("searching", filter.hasText());
        try {
            if (filter.hasText()) {
                LetterPage found = letters.search(filter, page, PAGE_SIZE);
                resultModel(found, found.items(), request, model);
            } else {
                KeysetPage<LetterSummary> found = letters.find(filter, after, PAGE_SIZE);
                resultModel(found, found.items(), request, model);
            }
        } catch (InvalidInputException e) {
            // a reversed period: said beside the filter, rather than an empty list that looks like an answer
            model.addAttribute("periodError", e.problems().get(0));
            model.addAttribute("searching", false);
            resultModel(new KeysetPage<LetterSummary>(List.of(), null), List.of(), request, model);
        }
        if (filter.counterpartId() != null) {
            model.addAttribute("counterpart", counterparts.get(filter.counterpartId()));
        }
    }

    /**
     * The overdue letters: both sides, or one ({@code direction=OUTGOING} for the answers they owe us,
     * {@code INCOMING} for ours); longest overdue first, in keyset pages.
     */
    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String owner, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model) {
        overdueModel(direction, on, owner, after, request, model);
        return "correspondence/letters/overdue";
    }

    @GetMapping(path = "/overdue", headers = "HX-Request=true")
    String overdueResults(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String owner, @RequestParam(required = false) DateCursor after,
            HttpServletRequest request, Model model) {
        overdueModel(direction, on, owner, after, request, model);
        return "correspondence/letters/overdue :: results";
    }

    private void overdueModel(LetterDirection direction, LocalDate on, String owner, DateCursor after,
            HttpServletRequest request, Model model) {
        LocalDate day = on == null ? LocalDate.now() : on;
        model.addAttribute("on", day);
        model.addAttribute("owner", owner);
        model.addAttribute("direction", direction);
        KeysetPage<LetterSummary> found = letters.overdue(day, direction, null, owner, after, PAGE_SIZE);
        resultModel(found, found.items(), request, model);
    }

    /** A page of letters (a keyset or a numbered page), with the institutions they were exchanged with. */
    private void resultModel(Object result, List<LetterSummary> shown, HttpServletRequest request, Model model) {
        Set<UUID> ids = new HashSet<>();
        shown.forEach(letter -> ids.add(letter.counterpartId()));
        model.addAttribute("result", result);
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("counterparts", counterparts.byIds(ids));
        model.addAttribute("canCreate", letters.canCreate());
    }

    @GetMapping("/new")
    String newLetter(@RequestParam(defaultValue = "OUTGOING") LetterDirection direction,
            @RequestParam(required = false) UUID inReplyTo, @RequestParam(required = false) UUID followUp,
            Model model, Locale locale) {
        if (!letters.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering letters");
        }
        LetterForm form = new LetterForm();
        if (followUp != null) {
            FollowUpDraft draft = letters.followUpDraft(followUp);
            LetterForm.draftedFrom(form, draft);
            model.addAttribute("draft", draft);
            return form(form, null, null, Map.of(), model, locale);
        }
        form.setDirection(direction);
        form.setRegisteredOn(LocalDate.now());
        form.setLanguage(locale.getLanguage());
        form.setExpectsReply(direction == LetterDirection.OUTGOING);
        form.setInReplyToId(inReplyTo);
        return form(form, null, null, Map.of(), model, locale);
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") LetterForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        if (!letters.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering letters");
        }
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            candidates = takePickers(form, binding, locale);
            if (!binding.hasErrors()) {
                try {
                    LetterView created = letters.register(new RegisterLetter(form.getDirection(),
                            form.getRegisteredOn(), form.toDetails(List.of()), form.getAnswerKind()));
                    redirect.addFlashAttribute("saved", created.reference());
                    return "redirect:/letters/" + created.id();
                } catch (InvalidInputException e) {
                    reject(e, binding);
                }
            }
        }
        return form(form, null, find, candidates, model, locale);
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model, Locale locale) {
        LetterView letter = letters.get(id);
        detailModel(letter, model, locale);
        return "correspondence/letters/detail";
    }

    private void detailModel(LetterView letter, Model model, Locale locale) {
        model.addAttribute("steps", letter.replyDeadline() == null ? List.of()
                : explanation.texts(letter.replyDeadline(), locale));
        model.addAttribute("letter", letter);
        model.addAttribute("counterpart", counterparts.get(letter.counterpartId()));
        List<LetterSummary> chain = letters.chain(letter.id());
        model.addAttribute("chain", chain);
        model.addAttribute("inReplyTo", referenceIn(chain, letter.inReplyToId()));
        model.addAttribute("followsUp", referenceIn(chain, letter.followsUpId()));
        model.addAttribute("rule", letter.replyRule() == null ? null : rules.find(letter.replyRule()).orElse(null));
        model.addAttribute("canEdit", letters.canEdit(letter));
        model.addAttribute("linkedPersons", links.persons(letter.personIds()).values());
        model.addAttribute("linkedPlaces", links.places(letter.placeIds()).values());
        model.addAttribute("history", audit.history(CurrentUser.require().institutionId(), "Letter", letter.id()));
        if (!model.containsAttribute("outcome")) {
            model.addAttribute("outcome", new OutcomeForm());
        }
        OutcomeForm outcome = (OutcomeForm) model.getAttribute("outcome");
        @SuppressWarnings("unchecked")
        List<SearchHit> answerCandidates = model.containsAttribute("answerCandidates")
                ? (List<SearchHit>) model.getAttribute("answerCandidates") : List.of();
        model.addAttribute("answerPicker", pickers.show("letters", "answerLetterId", "answerQuery", false, true,
                single(outcome.getAnswerLetterId()), outcome.getAnswerQuery(), answerCandidates, false, locale));
        if (!model.containsAttribute("translation")) {
            model.addAttribute("translation", new TranslationForm());
        }
    }

    private static LetterSummary referenceIn(List<LetterSummary> chain, UUID id) {
        return id == null ? null : chain.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model, Locale locale) {
        LetterView letter = letters.get(id);
        if (!letters.canEdit(letter)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this letter");
        }
        return form(LetterForm.of(letter), id, null, Map.of(), model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") LetterForm form, BindingResult binding,
            @RequestParam(required = false) String find, Model model, Locale locale, RedirectAttributes redirect) {
        LetterView letter = letters.get(id);
        form.setDirection(letter.direction());
        Map<String, List<SearchHit>> candidates = Map.of();
        if (find == null) {
            candidates = takePickers(form, binding, locale);
            if (!binding.hasErrors()) {
                try {
                    letters.update(id, form.getVersion(), form.toDetails(letter.letterIds()));
                    redirect.addFlashAttribute("saved", letter.reference());
                    return "redirect:/letters/" + id;
                } catch (InvalidInputException e) {
                    reject(e, binding);
                } catch (StaleVersionException e) {
                    binding.reject("web.form.stale");
                }
            }
        }
        return form(form, id, find, candidates, model, locale);
    }

    @PostMapping("/{id}/outcomes")
    String recordOutcome(@PathVariable UUID id, @Valid @ModelAttribute("outcome") OutcomeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        PickerInput answer = pickers.bind("letters", "answerQuery",
                form.getAnswerLetterId() == null ? List.of() : List.of(form.getAnswerLetterId()),
                form.getAnswerQuery(), false, binding, locale);
        form.setAnswerLetterId(answer.single());
        model.addAttribute("answerCandidates", answer.candidates());
        if (!binding.hasErrors()) {
            try {
                letters.recordOutcome(id, form.getVersion(), new RecordOutcome(form.getKind(), form.getOn(),
                        form.getNote(), form.getAnswerLetterId()));
                redirect.addFlashAttribute("outcomeSaved", true);
                return "redirect:/letters/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> rejectField(binding, p.field(), p));
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        detailModel(letters.get(id), model, locale);
        return "correspondence/letters/detail";
    }

    @PostMapping("/{id}/translations")
    String addTranslation(@PathVariable UUID id, @Valid @ModelAttribute("translation") TranslationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                letters.addTranslation(id, form.getVersion(), new LetterTranslationView(form.getLanguage(),
                        form.getSubject(), form.getBody(), form.getTranslator(), form.getTranslatedOn()));
                redirect.addFlashAttribute("translationSaved", true);
                return "redirect:/letters/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> rejectField(binding, p.field(), p));
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        detailModel(letters.get(id), model, locale);
        return "correspondence/letters/detail";
    }

    @PostMapping("/{id}/attachments")
    String attach(@PathVariable UUID id, @RequestParam long version, @RequestParam("file") MultipartFile file,
            Model model, RedirectAttributes redirect, Locale locale) throws IOException {
        try (InputStream content = file.getInputStream()) {
            letters.attach(id, version, content, file.getOriginalFilename());
            redirect.addFlashAttribute("attachmentSaved", true);
            return "redirect:/letters/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("attachmentErrors", e.problems());
        } catch (StaleVersionException e) {
            model.addAttribute("attachmentStale", true);
        }
        detailModel(letters.get(id), model, locale);
        return "correspondence/letters/detail";
    }

    @GetMapping("/{id}/attachments/{index}")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable int index) {
        return LetterFiles.download(letters.attachment(id, index));
    }

    /**
     * Takes what was typed in the pickers into the form: a text naming exactly one record links it; one naming none
     * or several is a field error, with the candidates to tick (by picker field).
     */
    private Map<String, List<SearchHit>> takePickers(LetterForm form, BindingResult binding, Locale locale) {
        Map<String, List<SearchHit>> candidates = new HashMap<>();
        PickerInput counterpart = pickers.bind("counterparts", "counterpartQuery", single(form.getCounterpartId()),
                form.getCounterpartQuery(), false, binding, locale);
        form.setCounterpartId(counterpart.single());
        candidates.put("counterpartId", counterpart.candidates());
        PickerInput inReplyTo = pickers.bind("letters", "inReplyToQuery", single(form.getInReplyToId()),
                form.getInReplyToQuery(), false, binding, locale);
        form.setInReplyToId(inReplyTo.single());
        candidates.put("inReplyToId", inReplyTo.candidates());
        PickerInput followsUp = pickers.bind("letters", "followsUpQuery", single(form.getFollowsUpId()),
                form.getFollowsUpQuery(), false, binding, locale);
        form.setFollowsUpId(followsUp.single());
        candidates.put("followsUpId", followsUp.candidates());
        PickerInput persons = pickers.bind("persons", "personQuery", form.getPersonIds(), form.getPersonQuery(), true,
                binding, locale);
        form.setPersonIds(new ArrayList<>(persons.ids()));
        candidates.put("personIds", persons.candidates());
        PickerInput places = pickers.bind("places", "placeQuery", form.getPlaceIds(), form.getPlaceQuery(), true,
                binding, locale);
        form.setPlaceIds(new ArrayList<>(places.ids()));
        candidates.put("placeIds", places.candidates());
        if (counterpart.resolved() && inReplyTo.resolved() && followsUp.resolved() && persons.resolved()
                && places.resolved()) {
            form.setCounterpartQuery(null);
            form.setInReplyToQuery(null);
            form.setFollowsUpQuery(null);
            form.setPersonQuery(null);
            form.setPlaceQuery(null);
        }
        return candidates;
    }

    /** The form page with its pickers: the chosen records named, and candidates found or left to choose from. */
    private String form(LetterForm form, UUID letterId, String find, Map<String, List<SearchHit>> candidates,
            Model model, Locale locale) {
        model.addAttribute("form", form);
        model.addAttribute("letterId", letterId);
        model.addAttribute("rules", rules.activeRules());
        model.addAttribute("owners", letters.owners());
        model.addAttribute("teams", letters.teams());
        model.addAttribute("counterpartPicker", picker("counterparts", "counterpartId", "counterpartQuery", false,
                false, single(form.getCounterpartId()), form.getCounterpartQuery(), find, candidates, locale));
        model.addAttribute("inReplyToPicker", picker("letters", "inReplyToId", "inReplyToQuery", false, true,
                single(form.getInReplyToId()), form.getInReplyToQuery(), find, candidates, locale));
        model.addAttribute("followsUpPicker", picker("letters", "followsUpId", "followsUpQuery", false, true,
                single(form.getFollowsUpId()), form.getFollowsUpQuery(), find, candidates, locale));
        model.addAttribute("personPicker", picker("persons", "personIds", "personQuery", true, false,
                form.getPersonIds(), form.getPersonQuery(), find, candidates, locale));
        model.addAttribute("placePicker", picker("places", "placeIds", "placeQuery", true, false,
                form.getPlaceIds(), form.getPlaceQuery(), find, candidates, locale));
        return "correspondence/letters/edit";
    }

    private Picker picker(String kind, String field, String queryField, boolean multiple, boolean optional,
            List<UUID> chosen, String query, String find, Map<String, List<SearchHit>> candidates, Locale locale) {
        return pickers.show(kind, field, queryField, multiple, optional, chosen, query,
                candidates.getOrDefault(field, List.of()), field.equals(find), locale);
    }

    private static List<UUID> single(UUID id) {
        return id == null ? List.of() : List.of(id);
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().forEach(p -> rejectField(binding, LetterForm.formField(p.field()), p));
    }

    /** Shows a problem on its form field, or above the form when the form has no such field. */
    private static void rejectField(BindingResult binding, String field,
            InvalidInputException.FieldProblem problem) {
        if (binding.getTarget() != null && new BeanWrapperImpl(binding.getTarget()).isReadableProperty(field)) {
            binding.rejectValue(field, problem.messageKey(), problem.argumentArray(), problem.messageKey());
        } else {
            binding.reject(problem.messageKey(), problem.argumentArray(), problem.messageKey());
        }
    }
}
