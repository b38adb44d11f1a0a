package org.huquq.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;

import org.huquq.operations.domain.OperationsStateRepository;
import org.huquq.shared.search.SearchIndexUpgrade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a search index that missed writes back in step with the database, without a restart: as soon as it falls
 * behind, a background thread tries every {@code huquq.health.probe-interval} whether it takes writes again and then
 * indexes every record again (add-or-update, so searches keep working meanwhile). That it is behind is also kept in
 * the database, so that a restart in between does not forget it.
 */
@Component
class SearchIndexCatchUp {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexCatchUp.class);

    private final SearchIndexFailures failures;
    private final SearchIndexProbe probe;
    private final SearchIndexUpgrade index;
    private final OperationsStateRepository state;
    private final TransactionTemplate transaction;
    private final Duration retry;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean stopped;

    SearchIndexCatchUp(SearchIndexFailures failures, SearchIndexProbe probe, SearchIndexUpgrade index,
            OperationsStateRepository state, PlatformTransactionManager transactionManager,
            @Value("${huquq.health.probe-interval}") Duration retry) {
        this.failures = failures;
        this.probe = probe;
        this.index = index;
        this.state = state;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        // at least a second between tries, also where health answers are not kept at all (probe-interval PT0S)
        this.retry = retry.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retry;
        failures.whenBehind(this::start);
    }

    /** An index left behind before a restart is caught up after it. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Instant behindSince = transaction.execute(status -> state.indexBehindSince());
        if (behindSince != null) {
            failures.fellBehind(behindSince);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
    }

    /**
     * Indexes every record again if the index missed writes and takes writes now.
     *
     * @return true when the index holds every record: it was not behind, or it has caught up
     */
    synchronized boolean catchUpNow() {
        Instant behindSince = failures.behindSince();
        if (behindSince == null) {
            return true;
        }
        remember(behindSince);
        try {
            probe.writeAndRead();
        } catch (RuntimeException stillFailing) {
            return false;
        }
        long failuresBefore = failures.failureCount();
        Instant from = Instant.now();
        int records = index.reindexAll();
        if (!failures.caughtUp(failuresBefore)) {
            return false;
        }
        transaction.executeWithoutResult(status -> state.markIndexCaughtUp(from));
        log.info("The search index holds every record again ({} indexed after it missed writes since {})", records,
                behindSince);
        return true;
    }

    private void start() {
        if (!stopped && running.compareAndSet(false, true)) {
            Thread thread = new Thread(this::run, "search-index-catch-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        try {
            while (!stopped && !caughtUpOrFailed()) {
                Thread.sleep(retry.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(false);
        }
        // a failure that came while this thread was ending would otherwise wait for the next one
        if (failures.behindSince() != null) {
            start();
        }
    }

    private boolean caughtUpOrFailed() {
        try {
            return catchUpNow();
        } catch (RuntimeException e) {
            log.warn("Catching up the search index failed; trying again in {}", retry, e);
            return false;
        }
    }

    /** Keeps in the database that the index is behind; a database that cannot be written now is tried next time. */
    private void remember(Instant behindSince) {
        try {
            transaction.executeWithoutResult(status -> state.markIndexBehind(behindSince));
        } catch (RuntimeException databaseFailing) {
            log.debug("Cannot keep in the database that the search index is behind yet", databaseFailing);
        }
    }
}
