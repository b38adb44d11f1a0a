package org.huquq.people.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.PartialDate;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Persons for the search box and the person pickers: by reference, or by any spelling of their names. */
@Component
@Order(10)
class PersonSearchSource implements RecordSearchSource {

    private final PersonManagement persons;

    PersonSearchSource(PersonManagement persons) {
        this.persons = persons;
    }

    @Override
    public String kind() {
        return "persons";
    }

    @Override
    public String titleKey() {
        return "people.search.kind";
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        List<SearchHit> hits = new ArrayList<>();
        persons.findIdByReference(query).flatMap(id -> find(id, locale))
                .ifPresent(hit -> hits.add(new SearchHit(hit.id(), hit.href(), hit.reference(), hit.title(),
                        hit.detail(), true)));
        if (query.codePoints().anyMatch(Character::isLetter)) {
            for (PersonHit person : persons.search(PersonSearch.byName(query), 0, limit).items()) {
                if (hits.stream().noneMatch(hit -> hit.id().equals(person.id().toString()))) {
                    hits.add(new SearchHit(person.id().toString(), "/persons/" + person.id(), person.reference(),
                            person.displayName(), detail(person.matchedName(), person.displayName(),
                                    person.birthDate(), locale),
                            person.displayName().equalsIgnoreCase(query)));
                }
            }
        }
        return hits.stream().limit(limit).toList();
    }

    @Override
    public Optional<SearchHit> find(UUID id, Locale locale) {
        try {
            PersonView person = persons.get(id);
            return Optional.of(new SearchHit(id.toString(), "/persons/" + id, person.reference(),
                    person.displayName(), detail(null, null, person.birthDate(), locale), false));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    /** The spelling that matched when it is not the display name, and the date of birth as far as it is known. */
    private static String detail(String matched, String display, PartialDate born, Locale locale) {
        List<String> parts = new ArrayList<>();
        if (matched != null && !matched.equals(display)) {
            parts.add(matched);
        }
        if (born != null) {
            parts.add(born.format(locale));
        }
        return String.join(" · ", parts);
    }
}
