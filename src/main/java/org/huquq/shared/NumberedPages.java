package org.huquq.shared;

/**
 * Numbered pages (of search results, and of short lists read by offset) go no deeper than {@value #DEEPEST_ROW} rows:
 * OpenSearch's default result window, further than anyone pages, and a page number near the largest int would
 * otherwise make an offset past it.
 */
public final class NumberedPages {

    public static final int DEEPEST_ROW = 10_000;

    private NumberedPages() {
    }

    /** The page asked for, held between the first and the last that ends within {@link #DEEPEST_ROW} rows. */
    public static int page(int page, int boundedSize) {
        return Math.max(0, Math.min(page, DEEPEST_ROW / boundedSize - 1));
    }
}
