package org.huquq.identity.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huquq.identity.IdentityProperties;
import org.huquq.identity.domain.LoginThrottleRepository;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Throttles guessing of passwords and second-factor codes (docs/adr/0008). Every attempt is counted, atomically and
 * before its secret is checked, on three keys in turn: the client address, the account from that address, and the
 * account from anywhere. An attempt that finds a key at its limit is refused unchecked and counted on no later key,
 * so one address can never bring the account-wide count to its limit. A right answer takes its own count back, so
 * what stays counted are failures. Unknown names are counted like known ones: the pause reveals nothing.
 */
@Service
public class LoginThrottling {

    private final LoginThrottleRepository throttles;
    private final IdentityProperties.Security settings;
    private final HuquqUserDetailsService users;

    LoginThrottling(LoginThrottleRepository throttles, IdentityProperties properties, HuquqUserDetailsService users) {
        this.throttles = throttles;
        this.settings = properties.security();
        this.users = users;
    }

    /**
     * Counts an attempt to sign in as {@code username} from {@code address}. Answers whether it may be checked;
     * when not, the caller refuses it with the answer of a wrong secret.
     */
    @Transactional
    public boolean countAttempt(String username, String address) {
        return countFor(subject(username), address);
    }

    /**
     * Counts a signed-in user's confirmation of a senior change with their password, on the account and on the account
     * from that address, not on the address alone: a signed-in colleague's wrong confirmations must not pause the
     * sign-in of everyone behind the office's one address.
     */
    @Transactional
    public boolean countConfirmation(UUID userId, String address) {
        Instant now = Instant.now();
        Instant windowFloor = now.minus(Duration.ofMinutes(settings.lockoutMinutes()));
        String subject = userId.toString();
        return count(pairKey(subject, address), settings.maxFailedLoginsPerAccountAndAddress(), now, windowFloor)
                && count(accountKey(subject), settings.maxFailedLoginsPerAccount(), now, windowFloor);
    }

    private boolean countFor(String subject, String address) {
        Instant now = Instant.now();
        Instant windowFloor = now.minus(Duration.ofMinutes(settings.lockoutMinutes()));
        return count(addressKey(address), settings.maxFailedLoginsPerAddress(), now, windowFloor)
                && count(pairKey(subject, address), settings.maxFailedLoginsPerAccountAndAddress(), now, windowFloor)
                && count(accountKey(subject), settings.maxFailedLoginsPerAccount(), now, windowFloor);
    }

    /**
     * The secret of a counted attempt was right. When that completes the sign-in, the account's counts start
     * again; a password still awaiting its second factor leaves them, or a stolen password would reset the count
     * of wrong codes with every try.
     */
    @Transactional
    public void recordSuccess(String username, String address, boolean signInComplete) {
        throttles.uncount(addressKey(address));
        if (signInComplete) {
            String subject = subject(username);
            throttles.clear(List.of(pairKey(subject, address), accountKey(subject)));
        }
    }

    /** A counted confirmation was right: its count on the account from that address goes back. */
    @Transactional
    public void recordConfirmation(UUID userId, String address) {
        throttles.uncount(pairKey(userId.toString(), address));
    }

    /** Forgets the counts whose window is over. Safe on every node at once. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT10M")
    @Transactional
    public void forgetExpired() {
        throttles.deleteExpired(Instant.now().minus(Duration.ofMinutes(settings.lockoutMinutes())));
    }

    private boolean count(String key, int limit, Instant now, Instant windowFloor) {
        throttles.createIfAbsent(key, now);
        return throttles.countAttempt(key, limit, now, windowFloor) == 1;
    }

    /**
     * Whom an attempt is against: the account a sign-in name names (by id, so that {@code name} and
     * {@code name@institution} count together), else the name as typed, so unknown names count like known ones.
     */
    private String subject(String signInName) {
        return users.findBySignInName(signInName).map(account -> account.getId().toString())
                .orElseGet(() -> name(signInName));
    }

    private static String accountKey(String subject) {
        return "account:" + subject;
    }

    private static String pairKey(String subject, String address) {
        return "account:" + subject + "@" + network(address);
    }

    private static String addressKey(String address) {
        return "address:" + network(address);
    }

    private static String name(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    /**
     * The address an attacker cannot change at will: an IPv4 address, or the /64 network of an IPv6 address (one
     * subscriber commonly holds a whole /64).
     */
    static String network(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        if (address.indexOf(':') < 0) {
            return address.length() > 45 ? address.substring(0, 45) : address;
        }
        if (!address.matches("[0-9A-Fa-f:.]{2,45}")) {
            return "unknown";
        }
        try {
            // only a literal IPv6 address gets here: it is parsed, never looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return HexFormat.of().formatHex(bytes, 0, Math.min(8, bytes.length)) + "::/64";
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
