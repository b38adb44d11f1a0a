package org.huquq.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list read by keyset ("seek") rather than by offset: the items, and the cursor that asks for the page
 * after them, or {@code null} on the last page. Rows added or removed while a reader pages never shift the pages
 * still to come, and reading page 1,000 costs what reading page 1 does.
 *
 * <p>
 * How a list uses it:
 * <ol>
 * <li>Order the query by a unique key (a sequence number, or a sort value plus the id as tie-break) and keep only
 * rows after the cursor ({@code where seq < :after order by seq desc}, no offset).</li>
 * <li>Fetch {@link #fetchSize(int) fetchSize(limit)} rows, one more than the page shows: the extra row only says
 * that there is a next page.</li>
 * <li>Build the page with {@link #of(List, int, Function)}, naming how an item becomes a cursor; parse the cursor a
 * client sends back with {@link #longCursor(String)} (or your own parser for composite keys).</li>
 * </ol>
 * Pages render the {@code pager} fragment of {@code templates/shared/list.html}; the API answers
 * {@code {"items": [...], "next": "<cursor or null>"}}, which is this record as JSON.
 *
 * @param items the items of this page, in list order
 * @param next the cursor of the next page: opaque to clients, {@code null} when this is the last page
 * @param <T> the items
 */
public record KeysetPage<T>(List<T> items, String next) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    /** How many rows to fetch for a page of {@code limit} items: one more, to learn whether a next page exists. */
    public static int fetchSize(int limit) {
        return Math.addExact(limit, 1);
    }

    /**
     * A page from rows fetched with {@link #fetchSize(int)}: the first {@code limit} rows, and when there were more,
     * the cursor of the last row shown.
     */
    public static <T> KeysetPage<T> of(List<T> fetched, int limit, Function<? super T, String> cursorOf) {
        if (limit < 1) {
            throw new IllegalArgumentException("a page holds at least one item");
        }
        if (fetched.size() <= limit) {
            return new KeysetPage<>(fetched, null);
        }
        List<T> shown = fetched.subList(0, limit);
        return new KeysetPage<>(shown, cursorOf.apply(shown.get(limit - 1)));
    }

    /** A cursor that is a number (a sequence, a row number), or {@code null} when absent or not a number. */
    public static Long longCursor(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(cursor.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The same page with each item mapped; the cursor stays, as it names a position, not an item. */
    public <R> KeysetPage<R> map(Function<? super T, ? extends R> mapper) {
        return new KeysetPage<>(items.stream().<R>map(mapper).toList(), next);
    }

    /** Whether a next page exists. */
    public boolean hasNext() {
        return next != null;
    }
}
