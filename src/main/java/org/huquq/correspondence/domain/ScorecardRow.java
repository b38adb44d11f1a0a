package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.correspondence.LetterDirection;

/**
 * What a scorecard reads of one letter. {@code datedOn} is its sent date, else its registration date;
 * {@code receivedOn} our receipt of an incoming letter, else its registration date.
 */
public record ScorecardRow(UUID id, String reference, LetterDirection direction, UUID threadId, String subject,
        LocalDate datedOn, LocalDate receivedOn, boolean expectsReply, String replyRule, LocalDate replyBy) {
}
