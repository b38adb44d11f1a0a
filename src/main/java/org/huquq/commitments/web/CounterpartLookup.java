package org.huquq.commitments.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.search.PickerInput;
import org.huquq.search.RecordPickers;
import org.huquq.shared.SearchHit;
import org.springframework.stereotype.Component;

/**
 * The counterparts that commitment pages name: read once per distinct counterpart on a page (a page of 25
 * commitments names a handful of bodies), offered as suggestions, and found by the name or number typed in a filter.
 */
@Component
class CounterpartLookup {

    /** The longest text the search takes, as the filter's field allows. */
    static final int MAX_TYPED = 200;

    private final CounterpartManagement counterparts;
    private final RecordPickers pickers;

    CounterpartLookup(CounterpartManagement counterparts, RecordPickers pickers) {
        this.counterparts = counterparts;
        this.pickers = pickers;
    }

    /**
     * What a list filter's "made by" text names. {@code id} is the counterpart to filter by: the one the text names,
     * {@code null} for a blank text, and an id of no counterpart when the text names none or several, so that the
     * list shows nothing rather than everything. Then {@code problem} is the message key and {@code candidates} the
     * institutions to choose from.
     */
    record Named(String typed, UUID id, String problem, List<SearchHit> candidates) {

        Named {
            candidates = List.copyOf(candidates);
        }
    }

    /** The counterparts with these ids (nulls and repeats ignored), by id. */
    Map<UUID, CounterpartView> byId(Collection<UUID> ids) {
        Map<UUID, CounterpartView> found = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> found.put(id, counterparts.get(id)));
        return found;
    }

    /** The first counterparts of the registry by name, offered as suggestions while typing in a filter. */
    List<CounterpartView> choices() {
        return counterparts.find(CounterpartFilter.none(), null, CounterpartManagement.MAX_PAGE_SIZE).items();
    }

    /**
     * The counterpart a filter's text names, by the rules of the record pickers: its number, or any of its names in
     * any script, naming exactly one institution of the registry.
     */
    Named named(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return new Named(typed, null, null, List.of());
        }
        if (typed.strip().length() > MAX_TYPED) {
            // longer than the search takes (the field's maxlength): it names no institution
            return new Named(typed, UUID.randomUUID(), "search.pick.notFound", List.of());
        }
        PickerInput input = pickers.take("counterparts", List.of(), typed, false, locale);
        if (input.resolved() && input.single() != null) {
            return new Named(typed, input.single(), null, List.of());
        }
        // several: the list offers them as links, not boxes to tick
        String problem = input.candidates().isEmpty() ? "search.pick.notFound" : "commitments.list.madeByChoose";
        return new Named(typed, UUID.randomUUID(), problem, input.candidates());
    }
}
