package org.huquq.audit;

import java.time.Instant;

/**
 * One entry of the audit trail as a reader sees it: what happened to which record, in the reader's language, e.g.
 * "Letter OUT-2024-0005: reply outcome recorded". The codes ({@code action}, {@code kind}, {@code outcome}) are what
 * the API's filters take; the names beside them are what people read.
 *
 * @param seq the entry's number in the institution's chain: the keyset of the trail's pages
 * @param actor the username of who acted (or tried to sign in), {@code system} for the application itself
 * @param actorName that user's display name, or {@code null} when unknown
 * @param kind the kind of record, as entries and the kind filter name it ({@code Letter}), or {@code null}
 * @param kindName the kind of record in words ("Letter", "Письмо")
 * @param label the record's reference or name, or {@code null} when restricted or unknown
 * @param href the record's page, for a reader who may open it, else {@code null}
 * @param restricted the reader may not read the record: it is neither named nor linked, and its detail is withheld
 * @param what what happened, in words ("reply outcome recorded")
 * @param sentence the whole entry in words: kind, label and what happened
 * @param sensitiveRead a read of a confidential record or an export
 * @param detail the entry's technical detail as written, only where the reader may read the record
 */
public record AuditTrailEntry(long seq, Instant occurredAt, String actor, String actorName, AuditAction action,
        String kind, String kindName, String label, String href, boolean restricted, String what, String sentence,
        boolean sensitiveRead, AuditOutcome outcome, String outcomeName, String remoteAddress, String detail) {
}
