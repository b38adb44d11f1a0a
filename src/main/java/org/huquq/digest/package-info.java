/**
 * The daily digest of an office's overdue work for the people who answer for it: a head of office sees the whole
 * office's, a team lead the work owned by the team's members. It is composed with the recipient's own rights, so it
 * holds only what they may read, and goes out once a day by e-mail where SMTP is configured; {@code /digest} shows
 * the same digest as a page and {@code /api/v1/digest} as data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Digest", allowedDependencies = {"shared", "identity", "counterparts", "deadlines", "correspondence", "commitments"})
package org.huquq.digest;
