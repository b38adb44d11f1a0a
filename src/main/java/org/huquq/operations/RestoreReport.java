package org.huquq.operations;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.huquq.audit.AuditVerification;

/**
 * What a restore did and found: what it wrote, how many records of each kind the rebuilt search index holds against
 * the database, and the verification of every audit chain.
 */
record RestoreReport(Path archive, boolean database, int files, List<IndexCount> index,
        Map<String, AuditVerification> audit) {

    /** The records of one indexed kind in the database and in the index. */
    record IndexCount(String entity, long records, long indexed) {

        boolean complete() {
            return records == indexed;
        }
    }

    /** Every record is in the index and every audit chain is intact. */
    boolean complete() {
        return index.stream().allMatch(IndexCount::complete)
                && audit.values().stream().allMatch(AuditVerification::intact);
    }

    /** The report for the operator, one line per fact. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Restored " + (database ? "the database and " : "") + files + " stored files from " + archive + ".");
        for (IndexCount count : index) {
            lines.add((count.complete() ? "Search index: " : "Search index INCOMPLETE: ") + count.entity() + " "
                    + count.indexed() + " of " + count.records() + " records.");
        }
        audit.forEach((chain, verification) -> lines.add(verification.intact()
                ? "Audit chain " + chain + ": intact, " + verification.entriesChecked() + " entries."
                : "Audit chain " + chain + ": BROKEN at entry " + verification.brokenAtSeq() + " ("
                        + verification.problem() + ")."));
        return lines;
    }
}
