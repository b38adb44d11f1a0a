package org.huquq.imports;

import java.util.List;
import java.util.UUID;

/**
 * What the dry run found for one row: its number in the file, the outcome, the person it matches or the candidates
 * to choose from (only persons the reader may read), the choice made, the row it repeats, or the column and the
 * problem (a message key and its arguments) for which it is refused.
 */
public record ImportRowView(int row, RowOutcome outcome, Candidate match, List<Candidate> candidates, String chosen,
        Integer duplicateOf, String problemColumn, String problemKey, List<String> problemArguments) {

    /** A registered person, with the name similarity (0 to 1) and the variant of their names that matched. */
    public record Candidate(UUID personId, double score, String matchedName) {

        /** The score in percent, for people. */
        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    public boolean waitsForChoice() {
        return outcome == RowOutcome.AMBIGUOUS && chosen == null;
    }

    public boolean choseNewPerson() {
        return "NEW".equals(chosen);
    }
}
