package org.huquq.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.huquq.identity.IdentityProperties;
import org.huquq.identity.domain.LoginThrottle;
import org.huquq.identity.domain.LoginThrottleRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account name and per address and locks either after too many. Unknown names are
 * counted like known ones, so the lockout does not reveal which accounts exist.
 */
@Service
public class LoginThrottling {

    private final LoginThrottleRepository throttles;
    private final IdentityProperties.Security settings;

    LoginThrottling(LoginThrottleRepository throttles, IdentityProperties properties) {
        this.throttles = throttles;
        this.settings = properties.security();
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String username, String address) {
        Instant now = Instant.now();
        return throttles.findById(accountKey(username)).map(t -> t.isLocked(now)).orElse(false)
                || throttles.findById(addressKey(address)).map(t -> t.isLocked(now)).orElse(false);
    }

    @Transactional
    public void recordFailure(String username, String address) {
        Instant now = Instant.now();
        Duration window = Duration.ofMinutes(settings.lockoutMinutes());
        count(accountKey(username), now, settings.maxFailedLoginsPerAccount(), window);
        count(addressKey(address), now, settings.maxFailedLoginsPerAddress(), window);
    }

    @Transactional
    public void recordSuccess(String username) {
        throttles.deleteById(accountKey(username));
    }

    private void count(String key, Instant now, int limit, Duration window) {
        LoginThrottle throttle = throttles.findById(key).orElseGet(() -> new LoginThrottle(key, now));
        throttle.recordFailure(now, limit, window);
        throttles.save(throttle);
    }

    private static String accountKey(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return "account:" + (name.length() > 200 ? name.substring(0, 200) : name);
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "unknown" : address);
    }
}
