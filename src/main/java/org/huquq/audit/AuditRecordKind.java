package org.huquq.audit;

/** A kind of record audit entries are about: the code entries and filters use, and its name in the reader's language. */
public record AuditRecordKind(String code, String name) {
}
