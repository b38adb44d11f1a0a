/** Letters between institutions: the registry of counterparts an office writes to, letters, replies and follow-up. */
@org.springframework.modulith.ApplicationModule(displayName = "Correspondence", allowedDependencies = {"shared", "identity", "audit"})
package org.huquq.correspondence;
