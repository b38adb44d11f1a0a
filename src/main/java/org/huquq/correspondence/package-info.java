/**
 * Correspondence between institutions: the counterparts we write to, letters, and when an answer is due. The
 * reply-by arithmetic ({@link org.huquq.correspondence.ReplyDeadlines}) applies the jurisdiction's reply rules
 * ({@link org.huquq.correspondence.ReplyRuleManagement}) to the working-day calendars of the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence", allowedDependencies = {"shared", "identity", "audit", "people", "places"})
package org.huquq.correspondence;
