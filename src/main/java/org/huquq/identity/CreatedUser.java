package org.huquq.identity;

import java.util.UUID;

/** A created user and, when it was generated, the one-time password to hand over once. */
public record CreatedUser(UUID id, String username, String oneTimePassword) {
}
