/**
 * Institutions (tenants, strictly separated), their users, roles and teams, sign-in with a second factor, API
 * tokens, and the one authorisation service that decides who may read or change a record.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"shared", "audit"})
package org.huquq.identity;
