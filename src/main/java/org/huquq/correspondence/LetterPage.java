package org.huquq.correspondence;

import java.util.List;

/** One page of letters; {@code total} counts every letter matching, across pages. */
public record LetterPage(List<LetterSummary> letters, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
