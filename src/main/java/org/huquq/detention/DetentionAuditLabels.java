package org.huquq.detention;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.detention.domain.DetaineeRequestRepository;
import org.huquq.detention.domain.DetentionRepository;
import org.huquq.detention.domain.RequestStepRepository;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.ProtectedReference;
import org.springframework.stereotype.Component;

/**
 * Names detention records and detainee requests in the audit trail by their numbers, and a step by its request's
 * number, each linked to its page, for readers who may read them (who may read the person).
 */
@Component
class DetentionAuditLabels implements AuditRecordLabels {

    private final DetentionRepository detentions;
    private final DetaineeRequestRepository requests;
    private final RequestStepRepository steps;
    private final AccessPolicy access;

    DetentionAuditLabels(DetentionRepository detentions, DetaineeRequestRepository requests,
            RequestStepRepository steps, AccessPolicy access) {
        this.detentions = detentions;
        this.requests = requests;
        this.steps = steps;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(DetentionManagement.AUDIT_TYPE, DetaineeRequestManagement.AUDIT_TYPE,
                DetaineeRequestManagement.STEP_AUDIT_TYPE);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        boolean identities = access.canSeeIdentities(user);
        if (DetentionManagement.AUDIT_TYPE.equals(objectType)) {
            label(detentions.findReferences(ids), "/detentions/", identities, user, labels);
        } else if (DetaineeRequestManagement.AUDIT_TYPE.equals(objectType)) {
            label(requests.findReferences(ids), "/detainee-requests/", identities, user, labels);
        } else {
            // a step is read with its request, whose confidentiality it shares
            Map<UUID, UUID> requestOf = new HashMap<>();
            steps.findRequestIds(ids).forEach(row -> requestOf.put((UUID) row[0], (UUID) row[1]));
            Map<String, AuditRecordLabel> byRequest = new HashMap<>();
            label(requests.findReferences(Set.copyOf(requestOf.values())), "/detainee-requests/", identities, user,
                    byRequest);
            requestOf.forEach((step, request) -> labels.put(step.toString(), byRequest.get(request.toString())));
        }
        return labels;
    }

    private void label(List<ProtectedReference> references, String path, boolean identities, HuquqUser user,
            Map<String, AuditRecordLabel> labels) {
        for (ProtectedReference reference : references) {
            labels.put(reference.id().toString(), identities && access.canRead(user, reference)
                    ? AuditRecordLabel.of(reference.reference(), path + reference.id())
                    : AuditRecordLabel.restrictedRecord());
        }
    }
}
