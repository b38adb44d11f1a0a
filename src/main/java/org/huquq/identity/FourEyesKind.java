package org.huquq.identity;

/** What a four-eyes request asks for (docs/adr/0011). */
public enum FourEyesKind {
    /** A senior role for a user. */
    GRANT_ROLE,
    /** A one-time password for a user who holds a senior role. */
    RESET_PASSWORD;

    public String messageKey() {
        return "identity.approvals.kind." + name();
    }
}
