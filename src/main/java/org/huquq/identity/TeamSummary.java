package org.huquq.identity;

import java.util.UUID;

public record TeamSummary(UUID id, String name) {
}
