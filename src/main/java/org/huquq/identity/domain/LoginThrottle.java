package org.huquq.identity.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/**
 * Attempts counted for one key (an account name, an address, or the two together) within a window that starts at
 * its first counted attempt. Changed only by the atomic statements of {@link LoginThrottleRepository}.
 */
@Entity
public class LoginThrottle {

    @Id
    private String throttleKey;

    private int failures;

    private Instant windowStart;

    protected LoginThrottle() {
    }
}
