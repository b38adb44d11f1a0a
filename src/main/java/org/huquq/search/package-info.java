/**
 * One search box over every module: persons, places, counterparts, letters, calls and commitments found by name or
 * number in one list grouped by kind, and the record pickers of forms, each record exactly as far as the reader may
 * read it. Modules take part by implementing {@link org.huquq.shared.RecordSearchSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "identity"})
package org.huquq.search;
