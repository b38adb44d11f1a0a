package org.huquq.audit;

/**
 * How the audit trail names a record for one reader: its human reference ({@code OUT-2024-0005},
 * {@code PER-2024-000123}, a place's code or name) and the page where the reader may open it, or, when the reader
 * may not read the record, nothing but the fact that it is {@linkplain #restricted() restricted}.
 *
 * @param label the record's reference or name in the reader's language; {@code null} when restricted
 * @param href the application path of the record's page (without the context path), or {@code null} when the reader
 *        may not open that page
 * @param restricted the record exists but the reader may not read it: neither label nor link may be shown
 */
public record AuditRecordLabel(String label, String href, boolean restricted) {

    /** A record the reader may read, named and, where {@code href} is not {@code null}, linked. */
    public static AuditRecordLabel of(String label, String href) {
        return new AuditRecordLabel(label, href, false);
    }

    /** A record the reader may not read: the trail says only what kind of record it is. */
    public static AuditRecordLabel restrictedRecord() {
        return new AuditRecordLabel(null, null, true);
    }
}
