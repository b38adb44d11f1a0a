package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

import org.huquq.correspondence.LetterDirection;
import org.huquq.shared.Confidentiality;

/**
 * Which letters awaiting an answer to list: those of an institution whose reply-by date is before {@code before},
 * readable in the caller's scope (open levels, all or the teams' confidential and strictly confidential ones), and
 * optionally of one direction (outgoing: their answer awaited; incoming: ours), one counterpart or one owner.
 */
public record AwaitingQuery(UUID institutionId, LocalDate before, Collection<Confidentiality> openLevels,
        boolean allConfidential, boolean allStrict, Collection<UUID> teams, LetterDirection direction,
        UUID counterpartId, String owner) {
}
