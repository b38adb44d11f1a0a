/** Persons of concern: names in every script, documents, family, vulnerability, duplicates. */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = {"shared", "identity", "audit"})
package org.huquq.people;
