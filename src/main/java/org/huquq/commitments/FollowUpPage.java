package org.huquq.commitments;

import java.util.List;

/** One bounded page of a commitment's follow-ups, newest step first. */
public record FollowUpPage(List<FollowUpView> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
