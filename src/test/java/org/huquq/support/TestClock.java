package org.huquq.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The application's clock in tests: the system clock until a test sets the day with {@link #today}, and again after
 * {@link #reset}. Tests that set it reset it when they end (tests run one after another).
 */
@Component
@Primary
public class TestClock extends Clock {

    private final ZoneId zone = ZoneId.systemDefault();
    private volatile LocalDate today;

    /** From now on, it is {@code day} (at noon) until {@link #reset}. */
    public void today(LocalDate day) {
        this.today = day;
    }

    public void reset() {
        this.today = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        LocalDate day = today;
        return day == null ? Instant.now() : day.atTime(12, 0).atZone(zone).toInstant();
    }
}
