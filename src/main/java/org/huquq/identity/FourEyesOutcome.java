package org.huquq.identity;

import java.util.UUID;

/**
 * What became of a senior change: waiting for a second person ({@code pending}), or done, with the one-time password
 * of a password reset, shown once to the person who completed it.
 */
public record FourEyesOutcome(UUID requestId, boolean pending, String oneTimePassword) {
}
