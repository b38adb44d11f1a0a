package org.huquq.identity.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Failed sign-ins counted for one account name or one address within a window. */
@Entity
public class LoginThrottle {

    @Id
    private String throttleKey;

    private int failures;

    private Instant windowStart;

    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String throttleKey, Instant now) {
        this.throttleKey = throttleKey;
        this.windowStart = now;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; after {@code limit} failures within {@code window} the key is locked for that long. */
    public void recordFailure(Instant now, int limit, Duration window) {
        if (windowStart.plus(window).isBefore(now)) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= limit) {
            lockedUntil = now.plus(window);
        }
    }
}
