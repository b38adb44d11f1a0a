/**
 * When something is due, and why: working-day calendars per country ({@link org.huquq.deadlines.WorkingCalendar}),
 * statutory reply rules kept as data ({@link org.huquq.deadlines.ReplyRuleManagement}) and the arithmetic that applies
 * them to the facts of a case step by step ({@link org.huquq.deadlines.ReplyDeadlines}). Any module asks it for a
 * due date with its explanation; a changed rule is announced as {@link org.huquq.deadlines.ReplyRuleChanged}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines", allowedDependencies = {"shared", "identity", "audit"})
package org.huquq.deadlines;
