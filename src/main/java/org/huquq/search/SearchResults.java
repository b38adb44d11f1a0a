package org.huquq.search;

import java.util.List;

/**
 * What the search box found for {@code query}: groups with at least one hit, those holding an exact hit (a number or
 * a whole name) first, then in the order of the modules. Empty for a query without a letter or digit.
 */
public record SearchResults(String query, List<SearchGroup> groups) {

    public SearchResults {
        groups = List.copyOf(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public int total() {
        return groups.stream().mapToInt(group -> group.hits().size()).sum();
    }
}
