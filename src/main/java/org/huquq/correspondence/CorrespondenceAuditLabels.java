package org.huquq.correspondence;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.correspondence.domain.CommunicationRepository;
import org.huquq.correspondence.domain.CounterpartName;
import org.huquq.correspondence.domain.CounterpartRepository;
import org.huquq.correspondence.domain.LetterRepository;
import org.huquq.correspondence.domain.ReplyRuleName;
import org.huquq.correspondence.domain.ReplyRuleRepository;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.Multilingual;
import org.huquq.shared.ProtectedReference;
import org.springframework.stereotype.Component;

/**
 * Names the records of correspondence in the audit trail: letters and calls or meetings by their registry number,
 * counterpart institutions and reply rules by name, each linked to its page for a reader who may open it.
 */
@Component
class CorrespondenceAuditLabels implements AuditRecordLabels {

    private final LetterRepository letters;
    private final CommunicationRepository communications;
    private final CounterpartRepository counterparts;
    private final ReplyRuleRepository rules;
    private final AccessPolicy access;

    CorrespondenceAuditLabels(LetterRepository letters, CommunicationRepository communications,
            CounterpartRepository counterparts, ReplyRuleRepository rules, AccessPolicy access) {
        this.letters = letters;
        this.communications = communications;
        this.counterparts = counterparts;
        this.rules = rules;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(LetterManagement.AUDIT_TYPE, CommunicationManagement.AUDIT_TYPE,
                CounterpartManagement.AUDIT_TYPE, ReplyRuleManagement.AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        if (ids.isEmpty()) {
            return Map.of();
        }
        switch (objectType) {
        case LetterManagement.AUDIT_TYPE:
            return byReference(user, letters.findReferences(ids), "/letters/");
        case CommunicationManagement.AUDIT_TYPE:
            return byReference(user, communications.findReferences(ids), "/communications/");
        case CounterpartManagement.AUDIT_TYPE:
            return counterparts(user, counterparts.findNames(ids), locale);
        case ReplyRuleManagement.AUDIT_TYPE:
            return rules(user, rules.findNames(ids), locale);
        default:
            return Map.of();
        }
    }

    private Map<String, AuditRecordLabel> byReference(HuquqUser user, List<ProtectedReference> records, String path) {
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        for (ProtectedReference record : records) {
            labels.put(record.id().toString(), access.canRead(user, record)
                    ? AuditRecordLabel.of(record.reference(), path + record.id())
                    : AuditRecordLabel.restrictedRecord());
        }
        return labels;
    }

    /** The registry of counterparts is open to every member of its institution. */
    private static Map<String, AuditRecordLabel> counterparts(HuquqUser user, List<CounterpartName> names,
            Locale locale) {
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        for (CounterpartName c : names) {
            labels.put(c.id().toString(), user.institutionId().equals(c.institutionId())
                    ? AuditRecordLabel.of(firstOf(Multilingual.pick(locale, c.nameEn(), c.nameRu(), c.nameTg()),
                            c.nameEn(), c.nameRu(), c.nameTg(), c.nameNative(), c.reference()),
                            "/institutions/" + c.id())
                    : AuditRecordLabel.restrictedRecord());
        }
        return labels;
    }

    /** Reply rules belong to the jurisdiction, not to an institution; only administrators open their pages. */
    private static Map<String, AuditRecordLabel> rules(HuquqUser user, List<ReplyRuleName> names, Locale locale) {
        boolean administrator = user.hasRole(Role.ADMINISTRATOR);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        for (ReplyRuleName r : names) {
            labels.put(r.id().toString(), AuditRecordLabel.of(
                    firstOf(Multilingual.pick(locale, r.nameEn(), r.nameRu(), r.nameTg()), r.nameEn(), r.nameRu(),
                            r.nameTg(), r.code()),
                    administrator ? "/admin/reply-rules/" + r.code() : null));
        }
        return labels;
    }

    private static String firstOf(String... names) {
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                return name;
            }
        }
        return null;
    }
}
