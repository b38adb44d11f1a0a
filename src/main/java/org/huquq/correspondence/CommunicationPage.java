package org.huquq.correspondence;

import java.util.List;

/**
 * One bounded page of the communications log, newest first, and whether more follow. No total is counted: that
 * would read every matching row of a log of a million calls.
 */
public record CommunicationPage(List<CommunicationSummary> items, int page, int size, boolean hasNext) {

    public boolean hasPrevious() {
        return page > 0;
    }
}
