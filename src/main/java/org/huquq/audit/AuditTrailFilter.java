package org.huquq.audit;

import java.time.LocalDate;

/**
 * Which entries of the trail to list; every criterion is optional.
 *
 * @param user the username of who acted, exactly
 * @param kind the kind of record, as entries name it ({@code Letter}, {@code Person}: see {@link AuditTrail#kinds})
 * @param action what was done
 * @param sensitiveReadsOnly only reads of confidential records and exports ({@link AuditAction#SENSITIVE_READS})
 * @param from entries on or after this day (the server's time zone)
 * @param to entries on or before this day
 */
public record AuditTrailFilter(String user, String kind, AuditAction action, boolean sensitiveReadsOnly,
        LocalDate from, LocalDate to) {

    public AuditTrailFilter {
        user = blankToNull(user);
        kind = blankToNull(kind);
    }

    /** No criterion: the whole trail. */
    public static AuditTrailFilter everything() {
        return new AuditTrailFilter(null, null, null, false, null, null);
    }

    /** A period that ends before it starts, which matches nothing and is a mistake to point out. */
    public boolean isPeriodReversed() {
        return from != null && to != null && from.isAfter(to);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
