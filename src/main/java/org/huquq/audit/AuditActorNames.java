package org.huquq.audit;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The display names of the users who acted, for the audit trail (entries keep the username, which is what the
 * trail is filtered by). Implemented by the module that keeps the users; one query for a page of entries.
 */
public interface AuditActorNames {

    /** The display names of those {@code usernames} that are users of {@code institutionId}, by username. */
    Map<String, String> displayNames(UUID institutionId, Set<String> usernames);
}
