package org.huquq.identity.domain;

import java.util.UUID;

/** The name of a user (the username), team or institution, and the institution it belongs to. */
public record RecordName(UUID id, String name, UUID institutionId) {
}
