package org.huquq.correspondence.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.huquq.correspondence.LetterFilter;
import org.huquq.correspondence.LetterManagement;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Letters for the search box and the letter pickers: by either number, whole or in part, or by subject words. */
@Component
@Order(40)
class LetterSearchSource implements RecordSearchSource {

    private final LetterManagement letters;
    private final MessageSource messages;

    LetterSearchSource(LetterManagement letters, MessageSource messages) {
        this.letters = letters;
        this.messages = messages;
    }

    @Override
    public String kind() {
        return "letters";
    }

    @Override
    public String titleKey() {
        return "correspondence.related.letters";
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        return letters.search(new LetterFilter(null, null, null, null, query), 0, limit).items().stream()
                .map(letter -> new SearchHit(letter.id().toString(), "/letters/" + letter.id(), letter.reference(),
                        letter.subject(), detail(letter.direction().name(), letter.registeredOn(), locale),
                        query.equalsIgnoreCase(letter.reference()) || query.equalsIgnoreCase(letter.theirReference())))
                .toList();
    }

    @Override
    public Optional<SearchHit> find(UUID id, Locale locale) {
        try {
            var letter = letters.get(id);
            return Optional.of(new SearchHit(id.toString(), "/letters/" + id, letter.reference(), letter.subject(),
                    detail(letter.direction().name(), letter.registeredOn(), locale), false));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    private String detail(String direction, java.time.LocalDate registeredOn, Locale locale) {
        return messages.getMessage("correspondence.letter.direction." + direction, null, locale) + " · "
                + registeredOn;
    }
}
