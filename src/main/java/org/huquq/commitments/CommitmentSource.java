package org.huquq.commitments;

/** Where a commitment was made, or where a follow-up's evidence comes from. */
public enum CommitmentSource {
    LETTER, CALL, MEETING, VISIT, PUBLIC_STATEMENT, OTHER;

    public String messageKey() {
        return "commitments.source." + name();
    }
}
