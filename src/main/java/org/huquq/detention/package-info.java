/**
 * Who of the office's people is held where: detention records (a person at a place for a period, with the legal status
 * and, when sentenced, the sentence and the remaining term on any day), the requests detainees raise, followed up
 * only through dated steps, and the registry's views of them (nationals held abroad, foreigners held at home, the
 * vulnerable, those who asked to go home, records to review).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Detention", allowedDependencies = {"shared", "identity", "audit", "people", "places", "correspondence", "search"})
package org.huquq.detention;
