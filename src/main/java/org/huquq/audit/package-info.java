/**
 * The hash-chained audit trail: who did what, when, from where, and its verification; read in words by auditors
 * ({@link org.huquq.audit.AuditTrail}), each module naming its own records ({@link org.huquq.audit.AuditRecordLabels}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.huquq.audit;
