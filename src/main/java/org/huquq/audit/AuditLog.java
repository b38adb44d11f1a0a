package org.huquq.audit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.huquq.audit.domain.AuditChainRepository;
import org.huquq.audit.domain.AuditChainWriter;
import org.huquq.audit.domain.AuditEntryRepository;
import org.huquq.audit.domain.AuditVerifier;
import org.huquq.shared.InstitutionMember;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. Changes are recorded with {@link #record}, which must run inside the
 * transaction of the change so that the entry and the change commit or roll back together.
 */
@Service
public class AuditLog {

    /** The chain of events that belong to no institution, such as a failed login for an unknown name. */
    public static final String SYSTEM_CHAIN = "system";

    private final AuditChainWriter writer;
    private final AuditEntryRepository entries;
    private final AuditVerifier verifier;
    private final AuditChainRepository chains;

    AuditLog(AuditChainWriter writer, AuditEntryRepository entries, AuditVerifier verifier,
            AuditChainRepository chains) {
        this.writer = writer;
        this.entries = entries;
        this.verifier = verifier;
        this.chains = chains;
    }

    /** Records an action of the signed-in user, in the transaction of the change it describes. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditAction action, String objectType, Object objectId, AuditOutcome outcome, String detail) {
        InstitutionMember actor = currentActor();
        writer.append(actor.institutionId().toString(), actor.username(), action, objectType,
                objectId == null ? null : objectId.toString(), outcome, detail, remoteAddress());
    }

    /** Records an action for a named actor and institution (sign-in events, start-up tasks). */
    @Transactional
    public void recordFor(UUID institutionId, String actor, AuditAction action, String objectType, Object objectId,
            AuditOutcome outcome, String detail) {
        writer.append(institutionId == null ? SYSTEM_CHAIN : institutionId.toString(), actor, action, objectType,
                objectId == null ? null : objectId.toString(), outcome, detail, remoteAddress());
    }

    /** The newest entries of an institution's chain, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntryView> latest(UUID institutionId, int page, int size) {
        return entries.findByChainKeyOrderBySeqDesc(institutionId.toString(), PageRequest.of(page, size)).stream()
                .map(e -> new AuditEntryView(e.getId(), e.getSeq(), e.getOccurredAt(), e.getActor(), e.getAction(),
                        e.getObjectType(), e.getObjectId(), e.getOutcome(), e.getDetail(), e.getRemoteAddress()))
                .toList();
    }

    /** Entries about one object, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntryView> history(UUID institutionId, String objectType, Object objectId) {
        return entries.findByChainKeyAndObjectTypeAndObjectIdOrderBySeqDesc(institutionId.toString(), objectType,
                objectId.toString(), PageRequest.of(0, 200)).stream()
                .map(e -> new AuditEntryView(e.getId(), e.getSeq(), e.getOccurredAt(), e.getActor(), e.getAction(),
                        e.getObjectType(), e.getObjectId(), e.getOutcome(), e.getDetail(), e.getRemoteAddress()))
                .toList();
    }

    /** Recomputes an institution's chain from its first entry and reports the first break, if any. */
    @Transactional(readOnly = true)
    public AuditVerification verify(UUID institutionId) {
        return verifier.verify(institutionId.toString());
    }

    /**
     * Recomputes every chain of the instance, each institution's and the {@link #SYSTEM_CHAIN}, as after a restore:
     * the result of each by its key (an institution's id).
     */
    @Transactional(readOnly = true)
    public Map<String, AuditVerification> verifyAll() {
        Map<String, AuditVerification> results = new LinkedHashMap<>();
        chains.findChainKeys().forEach(key -> results.put(key, verifier.verify(key)));
        return results;
    }

    private static InstitutionMember currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof InstitutionMember member) {
            return member;
        }
        throw new IllegalStateException("an audited change needs a signed-in user");
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
