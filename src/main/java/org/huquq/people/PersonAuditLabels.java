package org.huquq.people;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.people.domain.PersonRepository;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.ProtectedReference;
import org.springframework.stereotype.Component;

/** Names persons in the audit trail by their reference (never by name), for readers who may read them. */
@Component
class PersonAuditLabels implements AuditRecordLabels {

    private final PersonRepository persons;
    private final AccessPolicy access;

    PersonAuditLabels(PersonRepository persons, AccessPolicy access) {
        this.persons = persons;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(PersonManagement.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        if (!ids.isEmpty()) {
            for (ProtectedReference person : persons.findReferences(ids)) {
                labels.put(person.id().toString(), access.canRead(user, person)
                        ? AuditRecordLabel.of(person.reference(), "/persons/" + person.id())
                        : AuditRecordLabel.restrictedRecord());
            }
        }
        return labels;
    }
}
