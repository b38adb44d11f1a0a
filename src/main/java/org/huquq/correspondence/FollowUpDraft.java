package org.huquq.correspondence;

import java.util.List;
import java.util.UUID;

/**
 * A follow-up letter drafted for an overdue one, in that letter's language, citing the earlier letters of its chain
 * that are still unanswered by number and date; to be reviewed and registered like any letter.
 */
public record FollowUpDraft(UUID followsUpId, String followsUpReference, UUID counterpartId, String language,
        String subject, String body, String replyRule, List<String> cited) {
}
