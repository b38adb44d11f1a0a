package org.huquq.search;

import java.util.List;

import org.huquq.shared.SearchHit;

/** The hits of one kind of record: {@code kind} as in the picker's URL, {@code titleKey} the heading's message key. */
public record SearchGroup(String kind, String titleKey, List<SearchHit> hits) {

    public SearchGroup {
        hits = List.copyOf(hits);
    }

    boolean hasExact() {
        return hits.stream().anyMatch(SearchHit::exact);
    }
}
