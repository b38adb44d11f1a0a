/**
 * Running Huquq: health that tells a supervisor when the database or the search index cannot be written, recovery
 * from a full disk without a restart, backups and their restore, and start-up failures told in one clear line.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations", allowedDependencies = {"shared", "identity", "audit"})
package org.huquq.operations;
