/** The hash-chained audit trail: who did what, when, from where, and its verification. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.huquq.audit;
