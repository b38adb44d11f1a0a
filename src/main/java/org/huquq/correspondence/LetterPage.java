package org.huquq.correspondence;

import java.util.List;

/**
 * One numbered page of the letters a text search finds, best match first. {@code total} counts the letters matching,
 * exactly when {@code totalExact}; otherwise there are at least that many ({@link LetterManagement#COUNT_LIMIT}):
 * counting a million letters for a page of 25 would cost more than the page.
 */
public record LetterPage(List<LetterSummary> items, int page, int size, long total, boolean totalExact) {

    /** Whether a next page may hold more letters. */
    public boolean hasNext() {
        return totalExact ? (long) (page + 1) * size < total : items.size() == size;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
