package org.huquq.commitments;

import java.util.List;

/** One numbered page of the commitments a text search finds, best match first, and whether more follow. */
public record CommitmentPage(List<CommitmentView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
