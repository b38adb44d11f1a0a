/**
 * Lists of persons and detainees received as spreadsheets (CSV or XLSX), imported in steps: column mapping, a dry run
 * that matches every row against the registry and says why a row is refused, the choices a person makes among
 * ambiguous matches, and a run in the background that saves the whole file or nothing of it, once.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports", allowedDependencies = {"shared", "identity", "audit", "people", "places", "detention"})
package org.huquq.imports;
