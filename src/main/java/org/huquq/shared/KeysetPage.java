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
 * <li>Build the page with {@link #of(List, int, Function)}, naming how an item becomes a cursor. The cursor a client
 * sends back binds as a typed request parameter: a number, a {@link DateCursor} or a {@link NameCursor}, so that
 * one that is not a cursor is a 400 naming the parameter {@code after}.</li>
 * <li>Count the whole list separately when the page says how long it is ({@link #counted(long, long)}): up to a
 * limit where the list can hold a million rows.</li>
 * </ol>
 * Pages render the fragments of {@code templates/shared/list.html}; the API answers with
 * {@code ApiList.keyset(page, size)}: {@code {"items": [...], "next": "<cursor or null>", ...}}.
 *
 * @param items the items of this page, in list order
 * @param next the cursor of the next page: opaque to clients, {@code null} when this is the last page
 * @param total how many items the whole list holds, {@code null} when it is not counted
 * @param totalExact whether {@code total} is exact; when false, the list holds at least {@code total} items
 * @param <T> the items
 */
public record KeysetPage<T>(List<T> items, String next, Long total, boolean totalExact) {

    public KeysetPage {
        items = List.copyOf(items);
    }

    /** A page of a list that is not counted. */
    public KeysetPage(List<T> items, String next) {
        this(items, next, null, false);
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

    /**
     * This page of a list that holds {@code counted} items, counted up to {@code limit} and one more: the total is
     * exact when no more than {@code limit} were found, else "at least {@code limit}".
     */
    public KeysetPage<T> counted(long counted, long limit) {
        return counted > limit ? new KeysetPage<>(items, next, limit, false)
                : new KeysetPage<>(items, next, counted, true);
    }

    /** The same page with each item mapped; the cursor and the count stay, as they name positions, not items. */
    public <R> KeysetPage<R> map(Function<? super T, ? extends R> mapper) {
        return new KeysetPage<>(items.stream().<R>map(mapper).toList(), next, total, totalExact);
    }

    /** Whether a next page exists. */
    public boolean hasNext() {
        return next != null;
    }
}
