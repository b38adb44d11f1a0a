package org.huquq.audit.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditOutcome;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Appends entries to a chain under a row lock on its head, so concurrent writers never fork it. */
@Component
public class AuditChainWriter {

    private static final int DETAIL_LIMIT = 1000;

    private final AuditChainRepository chains;
    private final EntityManager entityManager;
    private final TransactionTemplate newTransaction;

    AuditChainWriter(AuditChainRepository chains, EntityManager entityManager, PlatformTransactionManager tm) {
        this.chains = chains;
        this.entityManager = entityManager;
        this.newTransaction = new TransactionTemplate(tm);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Must run inside a transaction: the entry commits with it. */
    public void append(String chainKey, String actor, AuditAction action, String objectType, String objectId,
            AuditOutcome outcome, String detail, String remoteAddress) {
        AuditChain chain = lockedInThisTransaction(chainKey);
        // Microseconds: what both H2 and PostgreSQL store, so the hash recomputed from the row matches.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry entry = new AuditEntry(chainKey, chain.getLastSeq() + 1, now, actor, action, objectType, objectId,
                outcome, truncate(detail), remoteAddress, chain.getLastHash());
        // persisted directly: an entry is always new, and a batch appends thousands of them
        entityManager.persist(entry);
        chain.advance(entry);
    }

    /**
     * The chain head, locked until this transaction ends. A transaction that appends many entries (a batch) locks it
     * once: locking again would run a query, and every query flushes the whole session first.
     */
    private AuditChain lockedInThisTransaction(String chainKey) {
        String resource = AuditChainWriter.class.getName() + ":" + chainKey;
        if (TransactionSynchronizationManager.getResource(resource) instanceof AuditChain held) {
            if (entityManager.contains(held)) {
                return held;
            }
            // a caller cleared the session to bound its memory (a large import): the head stays locked by this
            // transaction, and its state, flushed before the clear, is taken back into the session
            AuditChain attached = entityManager.merge(held);
            TransactionSynchronizationManager.unbindResource(resource);
            TransactionSynchronizationManager.bindResource(resource, attached);
            return attached;
        }
        AuditChain chain = chains.lockByChainKey(chainKey).orElseGet(() -> {
            createChain(chainKey);
            return chains.lockByChainKey(chainKey).orElseThrow();
        });
        TransactionSynchronizationManager.bindResource(resource, chain);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(resource);
            }
        });
        return chain;
    }

    private void createChain(String chainKey) {
        try {
            newTransaction.executeWithoutResult(status -> {
                if (!chains.existsById(chainKey)) {
                    chains.saveAndFlush(new AuditChain(chainKey));
                }
            });
        } catch (DataIntegrityViolationException concurrentCreation) {
            // another transaction created the chain first: lock it as usual
        }
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT - 1) + "…";
    }
}
