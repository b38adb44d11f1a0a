package org.huquq.shared.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import io.swagger.v3.oas.annotations.media.Schema;
import org.huquq.shared.KeysetPage;

/**
 * The one shape of every list the API answers: the items, and what the client needs to ask for more. Lists read by
 * page number say {@code page}; lists read by keyset say {@code next} instead. A list that is not counted (counting
 * a million rows would cost more than the page) has {@code total} null; a count that stopped early has
 * {@code totalExact} false and means "at least".
 *
 * @param items the items of this page, in list order
 * @param page the number of this page, from 0, for lists read by page; {@code null} for lists read by keyset
 * @param size the most items a page holds, as asked for and bounded by the list
 * @param total how many items match in all; {@code null} when the list is not counted
 * @param totalExact whether {@code total} is exact; when false, at least {@code total} items match
 * @param hasNext whether a next page follows (where the total is not exact: may follow; it may be empty)
 * @param next for lists read by keyset, the cursor to send back as {@code after} for the next page; {@code null} on
 *        the last page and for lists read by page
 * @param <T> the items
 */
@Schema(description = "A page of a list. Lists read by page number have 'page'; lists read by keyset have 'next' "
        + "(send it back as 'after'). 'total' is null when the list is not counted.")
public record ApiList<T>(
        @Schema(requiredMode = RequiredMode.REQUIRED) List<T> items,
        @Schema(description = "page number from 0; null for keyset lists", nullable = true) Integer page,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "the most items a page holds") int size,
        @Schema(description = "items matching in all; null when not counted", nullable = true) Long total,
        @Schema(requiredMode = RequiredMode.REQUIRED, description = "false: at least 'total' items match")
        boolean totalExact,
        @Schema(requiredMode = RequiredMode.REQUIRED) boolean hasNext,
        @Schema(description = "keyset lists: the cursor of the next page, null on the last", nullable = true)
        String next) {

    public ApiList {
        items = List.copyOf(items);
    }

    /** A page of a counted list: {@code total} is exact, and a next page follows while it is not reached. */
    public static <T> ApiList<T> counted(List<T> items, int page, int size, long total) {
        return new ApiList<>(items, page, size, total, true, (long) (page + 1) * size < total);
    }

    /** A page of a list counted up to a limit: {@code total} means "at least" when not {@code totalExact}. */
    public static <T> ApiList<T> counted(List<T> items, int page, int size, long total, boolean totalExact,
            boolean hasNext) {
        return new ApiList<>(items, page, size, total, totalExact, hasNext);
    }

    /** A page of a list that is not counted. */
    public static <T> ApiList<T> uncounted(List<T> items, int page, int size, boolean hasNext) {
        return new ApiList<>(items, page, size, null, false, hasNext);
    }

    /**
     * A page of a list read by keyset, with the count of the whole list where the page has one; {@code size} is the
     * bounded page size the page was read with.
     */
    public static <T> ApiList<T> keyset(KeysetPage<T> keyset, int size) {
        return new ApiList<>(keyset.items(), null, size, keyset.total(), keyset.totalExact(), keyset.hasNext(),
                keyset.next());
    }

    /** A whole list, small by nature (the users of an institution, the rules of a registry): one page, counted. */
    public static <T> ApiList<T> all(List<T> items) {
        return new ApiList<>(items, 0, items.size(), (long) items.size(), true, false);
    }

    /**
     * The first {@code cap} items of a list, the only ones the API offers: counted when fewer came, not counted when
     * the cap was reached.
     */
    public static <T> ApiList<T> capped(List<T> items, int cap) {
        boolean complete = items.size() < cap;
        return new ApiList<>(items, 0, cap, complete ? Long.valueOf(items.size()) : null, complete, false);
    }

    /** No items at all, on the page asked for: what a search that cannot match anything answers. */
    public static <T> ApiList<T> none(int page, int size) {
        return counted(List.of(), Math.max(0, page), Math.max(1, size), 0);
    }

    private ApiList(List<T> items, Integer page, int size, Long total, boolean totalExact, boolean hasNext) {
        this(items, page, size, total, totalExact, hasNext, null);
    }
}
