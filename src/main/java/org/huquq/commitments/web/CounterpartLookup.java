package org.huquq.commitments.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.springframework.stereotype.Component;

/**
 * The counterparts that commitment pages name: read once per distinct counterpart on a page (a page of 25
 * commitments names a handful of bodies), offered as choices, and found by the reference people type.
 */
@Component
class CounterpartLookup {

    private final CounterpartManagement counterparts;

    CounterpartLookup(CounterpartManagement counterparts) {
        this.counterparts = counterparts;
    }

    /** The counterparts with these ids (nulls and repeats ignored), by id. */
    Map<UUID, CounterpartView> byId(Collection<UUID> ids) {
        Map<UUID, CounterpartView> found = new LinkedHashMap<>();
        ids.stream().filter(Objects::nonNull).distinct().forEach(id -> found.put(id, counterparts.get(id)));
        return found;
    }

    /** The first counterparts of the registry by name, offered as suggestions while typing a reference. */
    List<CounterpartView> choices() {
        return counterparts.find(CounterpartFilter.none(), 0, CounterpartManagement.MAX_PAGE_SIZE).items();
    }

    /**
     * The id of the counterpart a form names by reference; {@code null} for none. An unknown reference becomes an id
     * that exists nowhere, so that the module reports it together with every other problem of the form.
     */
    UUID idOf(String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        return counterparts.findByReference(reference).map(CounterpartView::id).orElseGet(UUID::randomUUID);
    }

    /** The reference of a counterpart, {@code null} for none (our own institution). */
    String referenceOf(UUID id) {
        return id == null ? null : counterparts.get(id).reference();
    }
}
