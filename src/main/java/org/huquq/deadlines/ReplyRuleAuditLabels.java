package org.huquq.deadlines;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.deadlines.domain.ReplyRuleName;
import org.huquq.deadlines.domain.ReplyRuleRepository;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.Multilingual;
import org.springframework.stereotype.Component;

/** Names reply rules in the audit trail; only administrators open their pages. */
@Component
class ReplyRuleAuditLabels implements AuditRecordLabels {

    private final ReplyRuleRepository rules;

    ReplyRuleAuditLabels(ReplyRuleRepository rules) {
        this.rules = rules;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(ReplyRuleManagement.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        return ids.isEmpty() ? Map.of() : rules(user, rules.findNames(ids, user.institutionId()), locale);
    }

    /** The shared rules and the reader's institution's own; only administrators open their pages. */
    private static Map<String, AuditRecordLabel> rules(HuquqUser user, List<ReplyRuleName> names, Locale locale) {
        boolean administrator = user.hasRole(Role.ADMINISTRATOR);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        for (ReplyRuleName r : names) {
            labels.put(r.id().toString(), AuditRecordLabel.of(
                    Multilingual.pickOrAny(locale, r.nameEn(), r.nameRu(), r.nameTg(), r.code()),
                    administrator ? "/admin/reply-rules/" + r.code() : null));
        }
        return labels;
    }
}
