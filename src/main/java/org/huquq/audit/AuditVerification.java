package org.huquq.audit;

import java.util.UUID;

/**
 * The result of checking one institution's audit chain: intact with its length, or the first entry that breaks it
 * and why: {@code ALTERED} (its content no longer matches its hash), {@code MISSING} (an entry was removed),
 * {@code OUT_OF_ORDER} (it does not follow the entry before it) or {@code TRUNCATED} (entries at the end were
 * removed).
 */
public record AuditVerification(boolean intact, long entriesChecked, Long brokenAtSeq, UUID brokenEntryId,
        String problem) {

    public static AuditVerification intact(long entriesChecked) {
        return new AuditVerification(true, entriesChecked, null, null, null);
    }

    public static AuditVerification broken(long entriesChecked, long seq, UUID entryId, String problem) {
        return new AuditVerification(false, entriesChecked, seq, entryId, problem);
    }
}
