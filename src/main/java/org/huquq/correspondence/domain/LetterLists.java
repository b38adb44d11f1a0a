package org.huquq.correspondence.domain;

import java.util.List;

import org.huquq.shared.DateCursor;

/** Lists of letters whose query depends on which filters are given, so that each uses the index that fits it. */
public interface LetterLists {

    /**
     * Up to {@code limit} letters awaiting an answer, longest overdue first (by reply-by date, then id), after
     * {@code after} ({@code null}: from the first).
     */
    List<Letter> awaiting(AwaitingQuery query, DateCursor after, int limit);

    /** How many letters the query finds, counted up to {@code max}. */
    int countAwaiting(AwaitingQuery query, int max);
}
