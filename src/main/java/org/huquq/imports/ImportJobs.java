package org.huquq.imports;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.huquq.imports.domain.SpreadsheetImportRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an import's dry run or run on Spring's task executor, as the user who started it (their security context goes
 * with the task), once the transaction that started it has committed. A cancel is told to the running task through a
 * flag here, and through the import's row for a task on another node.
 */
@Component
class ImportJobs {

    enum Step {
        CHECK, RUN
    }

    private final TaskExecutor executor;
    private final ObjectProvider<ImportProcessing> processing;
    private final SpreadsheetImportRepository imports;
    private final Map<UUID, AtomicBoolean> running = new ConcurrentHashMap<>();

    ImportJobs(@Qualifier("applicationTaskExecutor") TaskExecutor executor,
            ObjectProvider<ImportProcessing> processing, SpreadsheetImportRepository imports) {
        this.executor = executor;
        this.processing = processing;
        this.imports = imports;
    }

    /**
     * Resumes, once the application is ready, the indexing of imports that were saved when a stop interrupted it:
     * their persons exist and must become findable. Indexing twice (another node doing the same) is harmless.
     */
    @EventListener(ApplicationReadyEvent.class)
    void resumeIndexing() {
        imports.findIdsByStatus(ImportStatus.INDEXING)
                .forEach(id -> executor.execute(() -> processing.getObject().index(id)));
    }

    void startAfterCommit(UUID importId, Step step) {
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            AtomicBoolean cancelled = new AtomicBoolean();
            running.put(importId, cancelled);
            try {
                if (step == Step.CHECK) {
                    processing.getObject().check(importId, cancelled);
                } else {
                    processing.getObject().run(importId, cancelled);
                }
            } finally {
                running.remove(importId);
            }
        });
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                executor.execute(task);
            }
        });
    }

    void cancel(UUID importId) {
        AtomicBoolean cancelled = running.get(importId);
        if (cancelled != null) {
            cancelled.set(true);
        }
    }
}
