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
import org.huquq.correspondence.domain.LetterRepository;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.ProtectedReference;
import org.springframework.stereotype.Component;

/**
 * Names the records of correspondence in the audit trail: letters and calls or meetings by their registry number,
 * each linked to its page for a reader who may open it.
 */
@Component
class CorrespondenceAuditLabels implements AuditRecordLabels {

    private final LetterRepository letters;
    private final CommunicationRepository communications;
    private final AccessPolicy access;

    CorrespondenceAuditLabels(LetterRepository letters, CommunicationRepository communications,
            AccessPolicy access) {
        this.letters = letters;
        this.communications = communications;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(LetterManagement.AUDIT_TYPE, CommunicationManagement.AUDIT_TYPE);
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



}
