package org.huquq.places.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.Countries;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Places for the search box and the place pickers: by official code, or by name in any language. */
@Component
@Order(20)
class PlaceSearchSource implements RecordSearchSource {

    private final PlaceManagement places;

    PlaceSearchSource(PlaceManagement places) {
        this.places = places;
    }

    @Override
    public String kind() {
        return "places";
    }

    @Override
    public String titleKey() {
        return "places.search.kind";
    }

    @Override
    public List<SearchHit> search(String query, int limit, Locale locale) {
        List<SearchHit> hits = new ArrayList<>();
        for (PlaceView place : places.search(new PlaceFilter(query, null, null, null), 0, limit).items()) {
            boolean exact = query.equalsIgnoreCase(place.code()) || query.equalsIgnoreCase(place.nameEn())
                    || query.equalsIgnoreCase(place.nameRu()) || query.equalsIgnoreCase(place.nameTg());
            hits.add(hit(place, locale, exact));
        }
        return hits;
    }

    @Override
    public Optional<SearchHit> find(UUID id, Locale locale) {
        try {
            return Optional.of(hit(places.get(id), locale, false));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }

    private static SearchHit hit(PlaceView place, Locale locale, boolean exact) {
        String country = place.countryCode() == null ? "" : Countries.name(place.countryCode(), locale);
        return new SearchHit(place.id().toString(), "/places/" + place.id(),
                place.code() == null ? "" : place.code(), place.name(locale.getLanguage()), country, exact);
    }
}
