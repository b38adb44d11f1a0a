package org.huquq.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Implemented by each module whose records the header search box and the record pickers find (persons, places,
 * counterparts, letters, calls, commitments; later cases, visits, detention records). A source answers for the
 * signed-in user only, exactly as its own lists do: a record the user may not read is never a hit.
 */
public interface RecordSearchSource {

    /** The kind of record, as the picker names it in its URL: {@code persons}, {@code letters}... */
    String kind();

    /** Message key of the group's heading ("Persons", "Letters"). */
    String titleKey();

    /**
     * At most {@code limit} records matching the query, best first. The query is stripped and holds at least one
     * letter or digit (the search module checks).
     */
    List<SearchHit> search(String query, int limit, Locale locale);

    /** The record with this id as a hit (to name what a picker holds); empty when the user may not read it. */
    Optional<SearchHit> find(UUID id, Locale locale);
}
