package org.huquq.audit;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.shared.InstitutionMember;

/**
 * Names the records that audit entries are about, for one reader. Each module that writes entries implements it as a
 * bean for its own kinds of record (the {@code objectType} it passes to {@link AuditLog#record}), so the audit module
 * shows "Letter OUT-2024-0005" without depending on the letters module.
 *
 * <p>
 * Contract:
 * <ul>
 * <li>{@link #labels} is called once per kind for a page of entries, with every id of that kind on the page: answer
 * them with one query (or a fixed few), never one per id.</li>
 * <li>Apply the module's own read rules for {@code reader}: a record the reader may not read (another institution,
 * another team's confidential record, a strictly confidential one) is answered with
 * {@link AuditRecordLabel#restrictedRecord()}, never with its reference, name or link.</li>
 * <li>Link only to pages the reader may open (an administrator's page only for administrators).</li>
 * <li>Leave out ids that do not exist (or are not ids): the trail then names the kind of record only.</li>
 * </ul>
 */
public interface AuditRecordLabels {

    /** The {@code objectType}s of audit entries this bean names. */
    Set<String> objectTypes();

    /**
     * The labels of the records {@code objectIds} of kind {@code objectType}, by id, as {@code reader} may see them,
     * names in the language of {@code locale}.
     */
    Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale);

    /** The ids among {@code objectIds} that are UUIDs, the form of every record id; others are left out. */
    static Set<UUID> uuids(Set<String> objectIds) {
        Set<UUID> ids = new HashSet<>();
        for (String id : objectIds) {
            try {
                ids.add(UUID.fromString(id));
            } catch (IllegalArgumentException notAnId) {
                // entries written by tests or imports may name records otherwise: they stay unnamed
            }
        }
        return ids;
    }
}
