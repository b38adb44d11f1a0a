package org.huquq.correspondence.domain;

import java.util.List;

/** Lists of letters whose query depends on which filters are given, so that each uses the index that fits it. */
public interface LetterLists {

    /** A page of the letters awaiting an answer, longest overdue first. */
    List<Letter> awaiting(AwaitingQuery query, int offset, int limit);

    /** How many letters the query finds, counted up to {@code max}. */
    int countAwaiting(AwaitingQuery query, int max);
}
