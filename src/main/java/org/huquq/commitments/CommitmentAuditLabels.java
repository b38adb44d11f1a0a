package org.huquq.commitments;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.commitments.domain.CommitmentRepository;
import org.huquq.commitments.domain.FollowUpReference;
import org.huquq.commitments.domain.FollowUpRepository;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.shared.InstitutionMember;
import org.huquq.shared.ProtectedReference;
import org.springframework.stereotype.Component;

/**
 * Names commitments in the audit trail by their reference, and a follow-up by the reference of its commitment, both
 * linked to the commitment's page, for readers who may read the commitment.
 */
@Component
class CommitmentAuditLabels implements AuditRecordLabels {

    private final CommitmentRepository commitments;
    private final FollowUpRepository followUps;
    private final AccessPolicy access;

    CommitmentAuditLabels(CommitmentRepository commitments, FollowUpRepository followUps, AccessPolicy access) {
        this.commitments = commitments;
        this.followUps = followUps;
        this.access = access;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(CommitmentManagement.AUDIT_TYPE, CommitmentManagement.FOLLOW_UP_AUDIT_TYPE);
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
        if (CommitmentManagement.FOLLOW_UP_AUDIT_TYPE.equals(objectType)) {
            // a follow-up is read with its commitment, whose confidentiality it shares
            for (FollowUpReference followUp : followUps.findReferences(ids)) {
                labels.put(followUp.followUpId().toString(), access.canRead(user, followUp)
                        ? AuditRecordLabel.of(followUp.reference(), "/commitments/" + followUp.commitmentId())
                        : AuditRecordLabel.restrictedRecord());
            }
        } else {
            for (ProtectedReference commitment : commitments.findReferences(ids)) {
                labels.put(commitment.id().toString(), access.canRead(user, commitment)
                        ? AuditRecordLabel.of(commitment.reference(), "/commitments/" + commitment.id())
                        : AuditRecordLabel.restrictedRecord());
            }
        }
        return labels;
    }
}
