package org.huquq.audit.domain;

import java.util.List;

import org.huquq.audit.AuditVerification;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Walks a chain in order and recomputes every hash. */
@Component
public class AuditVerifier {

    private static final int PAGE = 1000;

    private final AuditChainRepository chains;
    private final AuditEntryRepository entries;

    AuditVerifier(AuditChainRepository chains, AuditEntryRepository entries) {
        this.chains = chains;
        this.entries = entries;
    }

    public AuditVerification verify(String chainKey) {
        long expectedSeq = 1;
        String previousHash = AuditHashing.GENESIS;
        long checked = 0;
        List<AuditEntry> page = entries.findByChainKeyAndSeqGreaterThanOrderBySeqAsc(chainKey, 0, PageRequest.of(0, PAGE));
        while (!page.isEmpty()) {
            for (AuditEntry entry : page) {
                if (entry.getSeq() != expectedSeq) {
                    return AuditVerification.broken(checked, expectedSeq, entry.getId(),
                            "MISSING");
                }
                if (!entry.getPrevHash().equals(previousHash)) {
                    return AuditVerification.broken(checked, entry.getSeq(), entry.getId(),
                            "OUT_OF_ORDER");
                }
                if (!entry.computeHash().equals(entry.getHash())) {
                    return AuditVerification.broken(checked, entry.getSeq(), entry.getId(), "ALTERED");
                }
                previousHash = entry.getHash();
                expectedSeq++;
                checked++;
            }
            page = entries.findByChainKeyAndSeqGreaterThanOrderBySeqAsc(chainKey, expectedSeq - 1, PageRequest.of(0, PAGE));
        }
        long lastSeq = expectedSeq - 1;
        AuditChain head = chains.findById(chainKey).orElse(null);
        if (head != null && (head.getLastSeq() != lastSeq || !head.getLastHash().equals(previousHash))) {
            return AuditVerification.broken(checked, lastSeq + 1, null,
                    "TRUNCATED");
        }
        return AuditVerification.intact(checked);
    }
}
