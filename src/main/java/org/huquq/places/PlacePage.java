package org.huquq.places;

import java.util.List;

/** One numbered page of the places a text search finds, best match first, and whether more follow. */
public record PlacePage(List<PlaceView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
