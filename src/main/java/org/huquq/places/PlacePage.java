package org.huquq.places;

import java.util.List;

/** One bounded page of places and whether more follow. */
public record PlacePage(List<PlaceView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
