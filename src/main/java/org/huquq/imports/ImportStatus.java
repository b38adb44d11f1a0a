package org.huquq.imports;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an import stands. Uploaded: its columns wait to be mapped. Checking: the dry run reads the file. Checked: the
 * dry run's report is ready, and choices may be made. Running: the file is being saved. Indexing: it is saved, and the
 * persons it registered are being made findable. Done: every row of it is saved and findable. Failed: the run refused
 * the file and saved nothing. Cancelled: stopped by a person, nothing saved. Already imported: the same file was
 * imported before; it creates nothing.
 */
public enum ImportStatus {
    UPLOADED, CHECKING, CHECKED, RUNNING, INDEXING, DONE, FAILED, CANCELLED, ALREADY_IMPORTED;

    private static final Set<ImportStatus> WORKING = EnumSet.of(CHECKING, RUNNING, INDEXING);
    private static final Set<ImportStatus> FINAL = EnumSet.of(INDEXING, DONE, CANCELLED, ALREADY_IMPORTED);

    /** Whether the background is reading or saving it now, so that its page keeps asking for progress. */
    public boolean isWorking() {
        return WORKING.contains(this);
    }

    /** Whether nothing more can be done with it (an import being indexed is saved: it can no longer be cancelled). */
    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public String messageKey() {
        return "imports.status." + name();
    }
}
