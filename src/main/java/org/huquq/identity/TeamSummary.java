package org.huquq.identity;

import java.util.UUID;

/** A team as lists and other modules see it, named in the reader's language where it has a name in it. */
public record TeamSummary(UUID id, String name) {
}
