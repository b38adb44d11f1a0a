package org.huquq.commitments;

/**
 * How far a commitment has been kept, as the latest follow-up reports it. {@link #NO_INFORMATION} until the first
 * follow-up; never set by hand.
 */
public enum CommitmentStatus {
    NO_INFORMATION, IN_PROGRESS, IMPLEMENTED, PARTIALLY_IMPLEMENTED, NOT_IMPLEMENTED, WITHDRAWN;

    /** A final status: no further step is expected, so the commitment never counts as silent. */
    public boolean isFinal() {
        return this == IMPLEMENTED || this == NOT_IMPLEMENTED || this == WITHDRAWN;
    }

    /** A status a follow-up may report: any but {@link #NO_INFORMATION}. */
    public boolean isReportable() {
        return this != NO_INFORMATION;
    }

    public String messageKey() {
        return "commitments.status." + name();
    }
}
