package org.huquq.shared;

import java.util.UUID;

/** The confidentiality facts of a record, on their own: for checking a record that is not saved yet. */
public record Protection(UUID institutionId, Confidentiality confidentiality, UUID teamId) implements Protected {
}
