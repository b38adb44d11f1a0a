package org.huquq.people;

import java.util.List;

/** One bounded page of search results, best match first. */
public record PersonPage(List<PersonHit> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
