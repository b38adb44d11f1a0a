package org.huquq.counterparts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.counterparts.domain.CounterpartName;
import org.huquq.counterparts.domain.CounterpartRepository;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.Multilingual;
import org.springframework.stereotype.Component;

/** Names counterpart institutions in the audit trail, linked to their page; the registry is open to its institution. */
@Component
class CounterpartAuditLabels implements AuditRecordLabels {

    private final CounterpartRepository counterparts;

    CounterpartAuditLabels(CounterpartRepository counterparts) {
        this.counterparts = counterparts;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(CounterpartManagement.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        return ids.isEmpty() ? Map.of() : counterparts(user, counterparts.findNames(ids), locale);
    }

    /** The registry of counterparts is open to every member of its institution. */
    private static Map<String, AuditRecordLabel> counterparts(HuquqUser user, List<CounterpartName> names,
            Locale locale) {
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        for (CounterpartName c : names) {
            labels.put(c.id().toString(), user.institutionId().equals(c.institutionId())
                    ? AuditRecordLabel.of(Multilingual.pickOrAny(locale, c.nameEn(), c.nameRu(), c.nameTg(), c.nameNative(),
                            c.reference()),
                            "/institutions/" + c.id())
                    : AuditRecordLabel.restrictedRecord());
        }
        return labels;
    }
}
