package org.huquq.people;

import java.util.List;

/**
 * One bounded page of search results, best match first. {@code total} is exact when {@code totalExact}, else the
 * number of matches counted before counting stopped ("more than").
 */
public record PersonPage(List<PersonHit> items, int page, int size, long total, boolean totalExact) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
