package org.huquq.audit;

/** Whether the audited action succeeded, failed, or was refused by authorisation. */
public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
