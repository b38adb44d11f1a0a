package org.huquq.digest;

import java.util.List;

/**
 * The overdue work of the whole office ({@code team} null) or of one team's members: how many answers they owe us
 * and we owe them past the reply-by date, the longest overdue of those letters, and (office only) how many
 * commitments have had no step reported for {@code silenceDays} days. Counts stop at the letter lists' counting
 * limit; {@code exact} is false when one did.
 */
public record DigestSection(String team, long theyOweUs, long weOwe, boolean exact, List<DigestLetter> longestOverdue,
        long silentCommitments, int silenceDays) {

    public DigestSection {
        longestOverdue = List.copyOf(longestOverdue);
    }

    public boolean isEmpty() {
        return theyOweUs == 0 && weOwe == 0 && silentCommitments == 0;
    }
}
