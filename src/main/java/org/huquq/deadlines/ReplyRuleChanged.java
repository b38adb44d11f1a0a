package org.huquq.deadlines;

import java.util.UUID;

/**
 * An institution's version of a reply rule was changed, or dropped for the shared rule: the reply-by dates of that
 * institution's letters under the rule are derived again. Other institutions' letters are not concerned.
 */
public record ReplyRuleChanged(String code, UUID institutionId) {
}
