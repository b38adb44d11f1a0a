package org.huquq.audit;

/** What an audit entry records. */
public enum AuditAction {
    CREATE, UPDATE, DELETE, READ, EXPORT, LOGIN_SUCCESS, LOGIN_FAILURE, LOGOUT, SECOND_FACTOR_FAILURE,
    TOKEN_CREATED, TOKEN_REVOKED
}
