package org.huquq.audit.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, java.util.UUID> {

    List<AuditEntry> findByChainKeyOrderBySeqDesc(String chainKey, Pageable page);

    List<AuditEntry> findByChainKeyAndObjectTypeAndObjectIdOrderBySeqDesc(String chainKey, String objectType,
            String objectId, Pageable page);

    List<AuditEntry> findByChainKeyAndSeqGreaterThanOrderBySeqAsc(String chainKey, long afterSeq, Pageable page);
}
