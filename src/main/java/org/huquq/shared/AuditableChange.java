package org.huquq.shared;

/**
 * Published by a module that may not depend on the audit module (the shared kernel) when it changes a record. The
 * audit module records it synchronously, in the transaction of the change. {@code action} is CREATE, UPDATE or
 * DELETE.
 */
public record AuditableChange(String action, String objectType, String objectId, String detail) {
}
