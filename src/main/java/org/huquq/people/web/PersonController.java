package org.huquq.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.audit.AuditLog;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.TeamSummary;
import org.huquq.people.DocumentType;
import org.huquq.people.NewContact;
import org.huquq.people.NewDocument;
import org.huquq.people.PersonDuplicates;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.people.Relation;
import org.huquq.people.Sex;
import org.huquq.people.VulnerabilityMarker;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Countries;
import org.huquq.shared.CountryName;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.Protection;
import org.huquq.shared.RelatedRecords;
import org.huquq.shared.RelatedSubject;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.web.ListUrl;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * Pages of the registry of persons. The search answers htmx requests with just its results; the registration form
 * shows, as the name is typed, the persons it may already be.
 */
@Controller
@RequestMapping("/persons")
class PersonController {

    private static final int PAGE_SIZE = 25;

    /** Persons already in the registry shown beside the registration form, closest first. */
    static final int MATCHES_SHOWN = 8;

    private final PersonManagement persons;
    private final PersonDuplicates duplicates;
    private final AuditLog audit;
    private final RelatedRecords related;
    private final AccessPolicy access;

    PersonController(PersonManagement persons, PersonDuplicates duplicates, AuditLog audit, RelatedRecords related,
            AccessPolicy access) {
        this.related = related;
        this.persons = persons;
        this.access = access;
        this.duplicates = duplicates;
        this.audit = audit;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("countries", Countries.sortedByName(locale));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("documentTypes", DocumentType.values());
        model.addAttribute("relations", Relation.values());
        model.addAttribute("recordedMarkers", java.util.EnumSet.complementOf(
                java.util.EnumSet.of(VulnerabilityMarker.CHILD, VulnerabilityMarker.ELDERLY)));
    }

    @GetMapping
    String search(@ModelAttribute("criteria") SearchForm criteria, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        searchModel(criteria, page, request, model);
        return "people/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@ModelAttribute("criteria") SearchForm criteria, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        searchModel(criteria, page, request, model);
        return "people/list :: results";
    }

    /** Best match first: ranked by how well the names match, in numbered pages (no column holds that order). */
    private void searchModel(SearchForm criteria, int page, HttpServletRequest request, Model model) {
        PersonSearch search = criteria.toSearch();
        model.addAttribute("result", persons.search(search, page, PAGE_SIZE));
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("canCreate", persons.canCreate());
    }

    @GetMapping("/new")
    String newPerson(Model model) {
        if (!persons.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering persons");
        }
        List<TeamSummary> teams = persons.teams();
        PersonForm form = new PersonForm();
        // a confidential person with no team is one a case officer could not read: start with their own team
        Protection protection = access.defaultProtection(CurrentUser.require(), form.getConfidentiality(),
                teams.stream().map(TeamSummary::id).toList());
        form.setConfidentiality(protection.confidentiality());
        form.setTeamId(protection.teamId());
        model.addAttribute("form", form);
        model.addAttribute("teams", teams);
        return "people/edit";
    }

    @PostMapping
    String register(@Valid @ModelAttribute("form") PersonForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                PersonView person = persons.register(form.toRegistration());
                redirect.addFlashAttribute("saved", true);
                return "redirect:/persons/" + person.id();
            } catch (InvalidInputException e) {
                reject(e, binding);
            }
        }
        model.addAttribute("teams", persons.teams());
        return "people/edit";
    }

    /**
     * The registration form sent back with the persons its name may already be, saving nothing: the "Check for
     * matches" button, for browsers without JavaScript.
     */
    @PostMapping("/matches")
    String checkMatches(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        if (!persons.canCreate()) {
            throw new AccessDeniedToWrite("Your roles do not allow registering persons");
        }
        model.addAttribute("matches", matches(form));
        model.addAttribute("teams", persons.teams());
        return "people/edit";
    }

    /**
     * The persons the name typed so far may already be, as htmx asks while it is typed: only those the user may
     * read, as in the search (nothing for an analyst, who never sees identities).
     */
    @PostMapping(path = "/matches", headers = "HX-Request=true")
    String matchesWhileTyping(@ModelAttribute("form") PersonForm form, BindingResult binding, Model model) {
        model.addAttribute("matches", matches(form));
        return "people/edit :: matches";
    }

    /** Up to {@link #MATCHES_SHOWN} readable persons matching the typed name in any script; null for no name. */
    private List<PersonHit> matches(PersonForm form) {
        String name = form.typedName();
        return name == null ? null : persons.search(PersonSearch.byName(name), 0, MATCHES_SHOWN).items();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        detailModel(persons.get(id), model);
        model.addAttribute("nameForm", new PersonForm());
        model.addAttribute("documentForm", new PersonForm());
        model.addAttribute("contactForm", new PersonForm());
        return "people/detail";
    }

    private void detailModel(PersonView person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("vulnerabilitiesToday", person.vulnerabilitiesOn(LocalDate.now()));
        // the names in the order of the country list, without the page going through every country
        model.addAttribute("nationalityNames", Countries.sortedByName(LocaleContextHolder.getLocale()).stream()
                .filter(country -> person.nationalities().contains(country.code())).map(CountryName::name).toList());
        model.addAttribute("canEdit", persons.canEdit(person));
        model.addAttribute("teams", persons.teams());
        model.addAttribute("history", audit.history(CurrentUser.require().institutionId(), "Person", person.id()));
        model.addAttribute("related",
                related.concerning(RelatedSubject.PERSON, person.id(), LocaleContextHolder.getLocale()));
        if (person.mergedInto() != null) {
            duplicates.activeMergeOf(person.id()).ifPresent(merge -> model.addAttribute("activeMerge", merge));
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        PersonView person = persons.get(id);
        if (!persons.canEdit(person)) {
            throw new AccessDeniedToWrite("Your roles do not allow changing this person");
        }
        model.addAttribute("form", PersonForm.of(person));
        model.addAttribute("personId", id);
        model.addAttribute("teams", persons.teams());
        return "people/edit";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            if (attempt(() -> persons.update(id, form.getVersion(), form.toDetails()), binding)) {
                redirect.addFlashAttribute("saved", true);
                return "redirect:/persons/" + id;
            }
        }
        model.addAttribute("personId", id);
        model.addAttribute("teams", persons.teams());
        return "people/edit";
    }

    @PostMapping("/{id}/names")
    String addName(@PathVariable UUID id, @Valid @ModelAttribute("nameForm") PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return addition(id, binding, model, redirect, () -> persons.addName(id, form.getVersion(), form.toName()));
    }

    @PostMapping("/{id}/documents")
    String addDocument(@PathVariable UUID id, @Valid @ModelAttribute("documentForm") PersonForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return addition(id, binding, model, redirect, () -> persons.addDocument(id, form.getVersion(),
                new NewDocument(form.getDocumentType(), form.getDocumentNumber(), form.getDocumentCountry(), null,
                        null)));
    }

    @PostMapping("/{id}/contacts")
    String addContact(@PathVariable UUID id, @Valid @ModelAttribute("contactForm") PersonForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return addition(id, binding, model, redirect, () -> persons.addContact(id, form.getVersion(),
                new NewContact(form.getContactRelation(), form.getContactName(), form.getContactPhone(),
                        form.getContactCountry())));
    }

    /** Saves one addition, or shows the person again with the form's errors beside its fields. */
    private String addition(UUID id, BindingResult binding, Model model, RedirectAttributes redirect,
            Supplier<PersonView> save) {
        if (!binding.hasErrors() && attempt(save, binding)) {
            redirect.addFlashAttribute("saved", true);
            return "redirect:/persons/" + id;
        }
        detailModel(persons.get(id), model);
        for (String form : new String[] { "nameForm", "documentForm", "contactForm" }) {
            if (!model.containsAttribute(form)) {
                model.addAttribute(form, new PersonForm());
            }
        }
        return "people/detail";
    }

    private static boolean attempt(Supplier<PersonView> save, BindingResult binding) {
        try {
            save.get();
            return true;
        } catch (InvalidInputException e) {
            reject(e, binding);
        } catch (StaleVersionException e) {
            binding.reject("web.form.stale");
        }
        return false;
    }

    private static void reject(InvalidInputException e, BindingResult binding) {
        e.problems().forEach(p -> {
            String field = PersonForm.formField(p.field());
            // fields the form does not have (a second document in the API's shape) become form-wide errors
            if (binding.getTarget() != null && new org.springframework.beans.BeanWrapperImpl(binding.getTarget())
                    .isReadableProperty(field)) {
                binding.rejectValue(field, p.messageKey());
            } else {
                binding.reject(p.messageKey());
            }
        });
    }

    /** The search form as the browser sends it. */
    public static class SearchForm {
        private String name;
        private String nationality;
        private Integer birthYear;
        private Integer tolerance = 0;
        private Sex sex;
        private String document;

        PersonSearch toSearch() {
            return new PersonSearch(name, nationality, birthYear, tolerance == null ? 0 : tolerance, sex, document);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getNationality() { return nationality; }
        public void setNationality(String nationality) { this.nationality = nationality; }
        public Integer getBirthYear() { return birthYear; }
        public void setBirthYear(Integer birthYear) { this.birthYear = birthYear; }
        public Integer getTolerance() { return tolerance; }
        public void setTolerance(Integer tolerance) { this.tolerance = tolerance; }
        public Sex getSex() { return sex; }
        public void setSex(Sex sex) { this.sex = sex; }
        public String getDocument() { return document; }
        public void setDocument(String document) { this.document = document; }
    }
}
