package org.huquq.identity;

import java.util.UUID;

/**
 * A team as lists and other modules see it, named in the reader's language where it has a name in it, with the
 * member who leads it ({@code leadUserId}, or {@code null}).
 */
public record TeamSummary(UUID id, String name, UUID leadUserId) {
}
