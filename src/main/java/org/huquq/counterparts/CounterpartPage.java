package org.huquq.counterparts;

import java.util.List;

/** One numbered page of the counterpart institutions a text search finds, best match first. */
public record CounterpartPage(List<CounterpartView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
