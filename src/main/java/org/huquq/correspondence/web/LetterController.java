package org.huquq.correspondence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.correspondence.CounterpartManagement;
import org.huquq.correspondence.CounterpartView;
import org.huquq.correspondence.FollowUpDraft;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterFilter;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterPage;
import org.huquq.correspondence.LetterSummary;
import org.huquq.correspondence.LetterTranslationView;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.LinkedPerson;
import org.huquq.correspondence.LinkedPlace;
import org.huquq.correspondence.LinkedRecords;
import org.huquq.correspondence.RecordOutcome;
import org.huquq.correspondence.RegisterLetter;
import org.huquq.correspondence.ReplyDeadlineOutcomeKind;
import org.huquq.correspondence.ReplyRuleManagement;
import org.huquq.identity.CurrentUser;
import org.huquq.people.PersonManagement;
import org.huquq.places.PlaceManagement;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.Vocabularies;
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
    private final PersonManagement people;
    private final PlaceManagement places;

    LetterController(LetterManagement letters, CounterpartManagement counterparts, ReplyRuleManagement rules,
            Vocabularies vocabularies, AuditLog audit, ReplyDeadlineExplanation explanation, LinkedRecords links,
            PersonManagement people, PlaceManagement places) {
        this.links = links;
        this.people = people;
        this.places = places;
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
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        LetterFilter filter = new LetterFilter(direction, counterpart, from, to, q);
        model.addAttribute("filter", filter);
        LetterPage found;
        try {
            found = letters.find(filter, page, PAGE_SIZE);
        } catch (InvalidInputException e) {
            // a reversed period: said beside the filter, rather than an empty list that looks like an answer
            model.addAttribute("periodError", e.problems().get(0));
            found = new LetterPage(List.of(), 0, PAGE_SIZE, 0, true);
        }
        listModel(found, model);
        if (counterpart != null) {
            model.addAttribute("counterpart", counterparts.get(counterpart));
        }
        return "correspondence/letters/list";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate day = on == null ? LocalDate.now() : on;
        model.addAttribute("on", day);
        model.addAttribute("owner", owner);
        listModel(letters.overdue(day, null, owner, page, PAGE_SIZE), model);
        return "correspondence/letters/overdue";
    }

    private void listModel(LetterPage result, Model model) {
        Set<UUID> ids = new HashSet<>();
        result.letters().forEach(letter -> ids.add(letter.counterpartId()));
        model.addAttribute("result", result);
        model.addAttribute("counterparts", counterparts.byIds(ids));
        model.addAttribute("canCreate", letters.canCreate());
    }

    @GetMapping("/new")
    String newLetter(@RequestParam(defaultValue = "OUTGOING") LetterDirection direction,
            @RequestParam(required = false) String inReplyTo, @RequestParam(required = false) UUID followUp,
            Model model, Locale locale) {
        if (!letters.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering letters");
        }
        LetterForm form = new LetterForm();
        if (followUp != null) {
            FollowUpDraft draft = letters.followUpDraft(followUp);
            LetterForm.draftedFrom(form, draft, counterparts.get(draft.counterpartId()).reference());
            model.addAttribute("form", form);
            model.addAttribute("draft", draft);
            formModel(model);
            return "correspondence/letters/edit";
        }
        form.setDirection(direction);
        form.setRegisteredOn(LocalDate.now());
        form.setLanguage(locale.getLanguage());
        form.setExpectsReply(direction == LetterDirection.OUTGOING);
        form.setInReplyToReference(inReplyTo);
        model.addAttribute("form", form);
        formModel(model);
        return "correspondence/letters/edit";
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") LetterForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!letters.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering letters");
        }
        Links linked = binding.hasErrors() ? null : links(form, List.of(), List.of(), binding);
        if (!binding.hasErrors()) {
            try {
                LetterView created = letters.register(new RegisterLetter(form.getDirection(), form.getRegisteredOn(),
                        form.toDetails(counterpartId(form), letterId(form.getInReplyToReference()),
                                letterId(form.getFollowsUpReference()), linked.persons(), linked.places(), List.of()),
                        form.getAnswerKind()));
                redirect.addFlashAttribute("saved", created.reference());
                return "redirect:/letters/" + created.id();
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        formModel(model);
        return "correspondence/letters/edit";
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
        if (!model.containsAttribute("translation")) {
            model.addAttribute("translation", new TranslationForm());
        }
    }

    private static LetterSummary referenceIn(List<LetterSummary> chain, UUID id) {
        return id == null ? null : chain.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        LetterView letter = letters.get(id);
        if (!letters.canEdit(letter)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this letter");
        }
        List<LetterSummary> chain = letters.chain(id);
        LetterSummary inReplyTo = referenceIn(chain, letter.inReplyToId());
        LetterSummary followsUp = referenceIn(chain, letter.followsUpId());
        model.addAttribute("form", LetterForm.of(letter, counterparts.get(letter.counterpartId()).reference(),
                inReplyTo == null ? null : inReplyTo.reference(), followsUp == null ? null : followsUp.reference(),
                links.persons(letter.personIds()).values().stream().map(LinkedPerson::reference).toList(),
                links.places(letter.placeIds()).values().stream().map(LinkedPlace::code)
                        .filter(code -> code != null).toList()));
        model.addAttribute("letterId", id);
        formModel(model);
        return "correspondence/letters/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") LetterForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        LetterView letter = letters.get(id);
        form.setDirection(letter.direction());
        Links linked = binding.hasErrors() ? null : links(form, keptPersons(letter), keptPlaces(letter), binding);
        if (!binding.hasErrors()) {
            try {
                letters.update(id, form.getVersion(), form.toDetails(counterpartId(form),
                        letterId(form.getInReplyToReference()), letterId(form.getFollowsUpReference()),
                        linked.persons(), linked.places(), letter.letterIds()));
                redirect.addFlashAttribute("saved", letter.reference());
                return "redirect:/letters/" + id;
            } catch (InvalidInputException e) {
                reject(e, binding);
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        model.addAttribute("letterId", id);
        formModel(model);
        return "correspondence/letters/edit";
    }

    @PostMapping("/{id}/outcomes")
    String recordOutcome(@PathVariable UUID id, @Valid @ModelAttribute("outcome") OutcomeForm form,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                letters.recordOutcome(id, form.getVersion(), new RecordOutcome(form.getKind(), form.getOn(),
                        form.getNote(), letterId(form.getAnswerReference())));
                redirect.addFlashAttribute("outcomeSaved", true);
                return "redirect:/letters/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> rejectField(binding, OutcomeForm.formField(p.field()), p));
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

    /** The persons and places a letter links to, as the form names them, plus those it keeps unnamed. */
    private record Links(List<UUID> persons, List<UUID> places) {
    }

    /**
     * Resolves the person references and place codes of the form, rejecting each one that names nothing the user may
     * see, and adds the links the form cannot name ({@code keptPersons}, {@code keptPlaces}).
     */
    private Links links(LetterForm form, List<UUID> keptPersons, List<UUID> keptPlaces, BindingResult binding) {
        List<UUID> persons = new java.util.ArrayList<>(keptPersons);
        for (String reference : LetterForm.entries(form.getPersonReferences())) {
            people.findIdByReference(reference).ifPresentOrElse(persons::add, () -> binding.rejectValue(
                    "personReferences", "correspondence.letter.error.personReference", new Object[] { reference },
                    null));
        }
        List<UUID> placeIds = new java.util.ArrayList<>(keptPlaces);
        for (String code : LetterForm.entries(form.getPlaceCodes())) {
            places.findIdByCode(code).ifPresentOrElse(placeIds::add, () -> binding.rejectValue("placeCodes",
                    "correspondence.letter.error.placeCode", new Object[] { code }, null));
        }
        return new Links(persons, placeIds);
    }

    /** The linked persons the user cannot see, which the form cannot name and a save keeps. */
    private List<UUID> keptPersons(LetterView letter) {
        var visible = links.persons(letter.personIds()).keySet();
        return letter.personIds().stream().filter(id -> !visible.contains(id)).toList();
    }

    /** The linked places the user cannot see or that have no code, which a save keeps. */
    private List<UUID> keptPlaces(LetterView letter) {
        var named = links.places(letter.placeIds()).values().stream().filter(p -> p.code() != null)
                .map(LinkedPlace::id).toList();
        return letter.placeIds().stream().filter(id -> !named.contains(id)).toList();
    }

    private void formModel(Model model) {
        model.addAttribute("rules", rules.activeRules());
        model.addAttribute("owners", letters.owners());
        model.addAttribute("teams", letters.teams());
    }

    /**
     * The id of the counterpart the form names by reference. An unknown reference becomes an id that exists
     * nowhere, so that the module reports it together with every other problem of the form.
     */
    private UUID counterpartId(LetterForm form) {
        return counterparts.findByReference(form.getCounterpartReference().strip().toUpperCase(Locale.ROOT))
                .map(CounterpartView::id).orElseGet(UUID::randomUUID);
    }

    /** The id of the letter with this number, an id that exists nowhere for an unknown one, null for none. */
    private UUID letterId(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return letters.findByReference(reference).orElseGet(UUID::randomUUID);
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
