/**
 * What counterparts pledged, acknowledged or promised to investigate, and what we recommended, each followed up only
 * through dated entries with their evidence, so that a commitment on which no step was reported stands out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commitments", allowedDependencies = {"shared", "identity", "audit", "counterparts", "correspondence", "search"})
package org.huquq.commitments;
