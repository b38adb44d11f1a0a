/**
 * Correspondence between institutions: letters in and out with their registry numbers, reply tracking, reminders and
 * scorecards, and the calls and meetings with counterparts. It names counterparts of the
 * {@link org.huquq.counterparts} registry, asks {@link org.huquq.deadlines} when an answer is due, and links the
 * persons and places it concerns through those modules' APIs; it lists its letters and calls on their pages through
 * {@link org.huquq.shared.RelatedRecordsSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence", allowedDependencies = {"shared", "identity", "audit", "people", "places", "counterparts", "deadlines", "search"})
package org.huquq.correspondence;
