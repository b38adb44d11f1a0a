package org.huquq.identity;

/**
 * The password a signed-in person typed again to confirm a senior change, and the address it came from (counted by
 * the sign-in throttle like a sign-in).
 */
public record Reauthentication(String password, String address) {
}
