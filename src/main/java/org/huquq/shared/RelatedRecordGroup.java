package org.huquq.shared;

import java.util.List;

/**
 * The records of one kind that concern a record, newest first, as far as the reader may read them: at most a few,
 * with {@code more} when others exist. {@code id} names the section on the page; {@code titleKey} is the message
 * key of its heading; {@code allHref} lists every one of them, {@code newHref} records a new one (each null where
 * there is no such page or the reader may not create), {@code newKey} is the message key of that link.
 */
public record RelatedRecordGroup(String id, String titleKey, List<RelatedRecord> records, boolean more,
        String allHref, String newHref, String newKey) {

    public RelatedRecordGroup {
        records = List.copyOf(records);
    }
}
