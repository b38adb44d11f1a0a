package org.huquq.identity;

import java.util.Set;
import java.util.UUID;

/** A user as lists and other modules see it. */
public record UserSummary(UUID id, String username, String displayName, String email, String language,
        Set<Role> roles, Set<UUID> teamIds, boolean enabled, boolean secondFactorEnabled, long version) {
}
