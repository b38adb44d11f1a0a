package org.huquq.deadlines;

/** A reply-deadline rule was changed: the reply-by dates of the letters under it are derived again. */
public record ReplyRuleChanged(String code) {
}
