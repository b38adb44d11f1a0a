/**
 * Correspondence between institutions: the counterparts we write to, letters, calls and meetings, and when an answer
 * is due. The reply-by arithmetic ({@link org.huquq.correspondence.ReplyDeadlines}) applies the jurisdiction's reply
 * rules ({@link org.huquq.correspondence.ReplyRuleManagement}) to the working-day calendars of the shared kernel;
 * calls and meetings ({@link org.huquq.correspondence.CommunicationManagement}) link the persons and places they
 * concern through those modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence", allowedDependencies = {"shared", "identity", "audit", "people", "places"})
package org.huquq.correspondence;
