package org.huquq.shared;

/**
 * How widely a record may be read inside its institution. The order matters: each level is stricter than the
 * one before it.
 */
public enum Confidentiality {
    PUBLIC, INTERNAL, CONFIDENTIAL, STRICTLY_CONFIDENTIAL;

    /** Reads of records at this level leave an audit entry. */
    public boolean isAuditedOnRead() {
        return compareTo(CONFIDENTIAL) >= 0;
    }

    /**
     * Whether what a record says may be written into an e-mail or a notification, which leaves the application:
     * only up to internal records. Of others a message names the number and the state, never the content.
     */
    public boolean mayTravelByMail() {
        return compareTo(INTERNAL) <= 0;
    }

    public String messageKey() {
        return "shared.confidentiality." + name();
    }
}
