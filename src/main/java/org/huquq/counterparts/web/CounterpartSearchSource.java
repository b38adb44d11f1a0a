package org.huquq.counterparts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.shared.Countries;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Counterpart institutions for the search box and the institution pickers: by reference, by any of their names or
 * a contact person's name in any script, or by kind.
 */
@Component
@Order(30)
class CounterpartSearchSource implements RecordSearchSource {

    private final CounterpartManagement counterparts;

    CounterpartSearchSource(CounterpartManagement counterparts) {
        this.counterparts = counterparts;
    }

    @Override
    public String kind() {
        return "counterparts";
    }

    @Override
    public String titleKey() {
        return "counterparts.search.kind";
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        List<SearchHit> hits = new ArrayList<>();
        for (CounterpartView counterpart : counterparts.search(new CounterpartFilter(query, null, null, null), 0, limit)
                .items()) {
            boolean exact = query.equalsIgnoreCase(counterpart.reference())
                    || query.equalsIgnoreCase(counterpart.abbreviation())
                    || query.equalsIgnoreCase(counterpart.name(locale.getLanguage()));
            hits.add(hit(counterpart, locale, exact));
        }
        return hits;
    }

    @Override
    public Optional<SearchHit> find(UUID id, Locale locale) {
        try {
            return Optional.of(hit(counterparts.get(id), locale, false));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    private static SearchHit hit(CounterpartView counterpart, Locale locale, boolean exact) {
        return new SearchHit(counterpart.id().toString(), "/institutions/" + counterpart.id(), counterpart.reference(),
                counterpart.name(locale.getLanguage()), Countries.name(counterpart.countryCode(), locale), exact);
    }
}
