package org.huquq.commitments;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Commitments on which no step was reported for more than {@code days} days before {@code today}, not in a final
 * status: one keyset page of them, the longest silent first, grouped by the counterpart that made them (a group's
 * place is that of its longest silent commitment on the page; {@code madeBy} {@code null} is our own institution).
 * {@code next} is the cursor of the page after ({@code null} on the last), {@code total} counts them all.
 */
public record NoStepReport(int days, LocalDate today, List<Group> groups, String next, long total) {

    public boolean hasNext() {
        return next != null;
    }

    /** The silent commitments of one counterpart on this page, the longest silent first. */
    public record Group(UUID madeBy, List<Silent> commitments) {
    }

    /** A commitment and how many days have passed since its last step (or since it was made). */
    public record Silent(CommitmentView commitment, long daysWithoutStep) {
    }
}
