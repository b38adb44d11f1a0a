package org.huquq.counterparts;

import java.util.List;

/** One bounded page of counterpart institutions and whether more follow. */
public record CounterpartPage(List<CounterpartView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
