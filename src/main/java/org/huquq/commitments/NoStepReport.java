package org.huquq.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Commitments on which no step was reported for more than {@code days} days before {@code today}, not in a final
 * status: one bounded page of them, the longest silent first, grouped by the counterpart that made them (a group's
 * place is that of its longest silent commitment; {@code madeBy} {@code null} is our own institution).
 */
public record NoStepReport(int days, LocalDate today, List<Group> groups, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** The silent commitments of one counterpart on this page, the longest silent first. */
    public record Group(UUID madeBy, List<Silent> commitments) {
    }

    /** A commitment and how many days have passed since its last step (or since it was made). */
    public record Silent(CommitmentView commitment, long daysWithoutStep) {
    }
}
