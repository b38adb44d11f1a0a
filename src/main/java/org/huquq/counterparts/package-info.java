/**
 * The registry of institutions the office deals with: ombudsmen, ministries, courts, border services, embassies,
 * with their names in several languages, contact persons and the units under them. Every module that names an
 * authority picks it from here through {@link org.huquq.counterparts.CounterpartManagement} and keeps its id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counterparts", allowedDependencies = {"shared", "identity", "audit", "search"})
package org.huquq.counterparts;
