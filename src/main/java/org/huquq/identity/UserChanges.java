package org.huquq.identity;

import java.util.Set;
import java.util.UUID;

/** What an administrator may change of a user: the whole editable state, applied at once. */
public record UserChanges(String displayName, String email, String language, Set<Role> roles, Set<UUID> teamIds,
        boolean enabled) {
}
