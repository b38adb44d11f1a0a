package org.huquq.detention;

import java.util.UUID;

/**
 * What the list of requests is narrowed to; {@code null} filters do not filter. {@code open} keeps those not yet in a
 * final status; {@code person} and {@code source} those of one person, or raised in one letter or call.
 */
public record RequestFilter(String kind, RequestStatus status, boolean open, UUID personId, UUID sourceId) {

    /** The requests to go home still open: those a transfer file starts from. */
    public static RequestFilter goingHome() {
        return new RequestFilter(DetaineeRequestManagement.TRANSFER_HOME, null, true, null, null);
    }
}
