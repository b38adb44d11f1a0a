package org.huquq.detention;

/**
 * Where a detainee's request stands. It is {@link #RECEIVED} until the first step is recorded, then the status of
 * the step with the latest date; {@link #isFinal() final} ones end its follow-up.
 */
public enum RequestStatus {
    RECEIVED, IN_PROGRESS, SATISFIED, REFUSED, WITHDRAWN;

    public boolean isFinal() {
        return this == SATISFIED || this == REFUSED || this == WITHDRAWN;
    }

    /** A status a step may report: every one but the one a request starts with. */
    public boolean isReportable() {
        return this != RECEIVED;
    }
}
