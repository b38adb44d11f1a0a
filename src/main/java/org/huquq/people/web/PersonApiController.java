package org.huquq.people.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.people.NewContact;
import org.huquq.people.NewDocument;
import org.huquq.people.NewName;
import org.huquq.people.PersonDetails;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonPage;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.people.RegisterPerson;
import org.huquq.people.Sex;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.huquq.shared.web.SearchText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST API of the registry of persons of concern. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "Persons of concern, found by any spelling in any script")
class PersonApiController {

    private final PersonManagement persons;

    PersonApiController(PersonManagement persons) {
        this.persons = persons;
    }

    @GetMapping
    @Operation(summary = "Find persons", description = "A name in any script and order (Cyrillic, Tajik, Latin), "
            + "Persian letters included, best match first with the matched variant; when those meeting every word "
            + "of the name leave room on the first page, those meeting some of them follow, marked partial. Filters "
            + "by nationality, birth year ± tolerance, sex and document number. A name without a letter, or a document "
            + "number without a letter or digit, finds nobody.")
    ApiList<PersonHit> search(@RequestParam(required = false) String name,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) Integer birthYear, @RequestParam(defaultValue = "0") int tolerance,
            @RequestParam(required = false) Sex sex, @RequestParam(required = false) String document,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
        if (SearchText.findsNothing(name) || SearchText.findsNothing(document)) {
            return ApiList.none(page, size);
        }
        PersonPage found = persons.search(new PersonSearch(name, nationality, birthYear, tolerance, sex, document),
                page, size);
        return ApiList.counted(found.items(), found.page(), found.size(), found.total(), found.totalExact(),
                found.hasNext());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a person", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<PersonView> get(@PathVariable UUID id) {
        return ok(persons.get(id));
    }

    @PostMapping
    @Operation(summary = "Register a person with at least one name")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PersonView> register(@Valid @RequestBody RegisterPerson command) {
        PersonView person = persons.register(command);
        return ETags.created("/api/v1/persons/" + person.id(), person, person.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a person's facts", description = "Names, documents and contacts are only added, "
            + "through their own operations. Requires If-Match.")
    ResponseEntity<PersonView> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody PersonDetails details) {
        return ok(persons.update(id, ifMatch.version(), details));
    }

    @PostMapping("/{id}/names")
    @Operation(summary = "Add a name variant", description = "A new current family name keeps the old one as a "
            + "former name. Requires If-Match.")
    ResponseEntity<PersonView> addName(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody NewName name) {
        return ok(persons.addName(id, ifMatch.version(), name));
    }

    @PostMapping("/{id}/documents")
    @Operation(summary = "Add an identity document. Requires If-Match.")
    ResponseEntity<PersonView> addDocument(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody NewDocument document) {
        return ok(persons.addDocument(id, ifMatch.version(), document));
    }

    @PostMapping("/{id}/contacts")
    @Operation(summary = "Add a family contact. Requires If-Match.")
    ResponseEntity<PersonView> addContact(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody NewContact contact) {
        return ok(persons.addContact(id, ifMatch.version(), contact));
    }

    private static ResponseEntity<PersonView> ok(PersonView person) {
        return ETags.ok(person, person.version());
    }
}
