package org.huquq.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.huquq.shared.Confidentiality;

/**
 * An import as its list and page show it: the file, where it stands, its progress, and its counts (what the dry run
 * found; after the run, what it did). A failure names the row and column, and the problem as a message key with its
 * arguments. {@code earlierImportId} is the import that already imported the same file.
 */
public record ImportView(UUID id, String reference, ImportKind kind, String fileName, long fileSize, String format,
        String sheetName, ImportStatus status, int rowsRead, Integer rowsTotal, int newCount, int matchedCount,
        int ambiguousCount, int rejectedCount, int duplicateCount, int emptyCount, Integer failureRow,
        String failureColumn, String failureKey, List<String> failureArguments, UUID earlierImportId,
        Confidentiality confidentiality, UUID teamId, Instant createdAt, String createdBy, boolean mapped,
        boolean mine) {

    /** Whether the last dry run's report can be read: it ran to its end and nothing was done since. */
    public boolean isChecked() {
        return status == ImportStatus.CHECKED || (status == ImportStatus.FAILED && rowsTotal != null)
                || status == ImportStatus.INDEXING || status == ImportStatus.DONE;
    }

    /** Progress in percent while the background works, as far as the total is known. */
    public int percent() {
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return Math.min(100, (int) (rowsRead * 100L / rowsTotal));
    }
}
