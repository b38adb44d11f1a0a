package org.huquq.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An update based on a version of a record that someone else has changed since (optimistic locking). */
@ResponseStatus(HttpStatus.PRECONDITION_FAILED)
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long expected, long currentVersion) {
        super("expected version " + expected + " but the record is at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
