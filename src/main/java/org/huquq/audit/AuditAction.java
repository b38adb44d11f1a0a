package org.huquq.audit;

import java.util.EnumSet;
import java.util.Set;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, EXPORT, LOGIN_SUCCESS, LOGIN_FAILURE, LOGOUT, SECOND_FACTOR_FAILURE,
    TOKEN_CREATED, TOKEN_REVOKED;

    /**
     * The sensitive reads: a confidential record or one of its files was opened, or data left the system. Only
     * these reads are audited at all (see {@code Confidentiality.isAuditedOnRead}).
     */
    public static final Set<AuditAction> SENSITIVE_READS = EnumSet.of(READ, EXPORT);

    public boolean isSensitiveRead() {
        return SENSITIVE_READS.contains(this);
    }

    public String messageKey() {
        return "audit.action." + name();
    }
}
