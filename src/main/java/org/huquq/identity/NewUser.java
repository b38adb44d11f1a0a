package org.huquq.identity;

import java.util.Set;
import java.util.UUID;

/**
 * A user to create. A {@code null} password means: generate a random one-time password that the user must change.
 */
public record NewUser(UUID institutionId, String username, String displayName, String email, String language,
        Set<Role> roles, Set<UUID> teamIds, String password) {
}
