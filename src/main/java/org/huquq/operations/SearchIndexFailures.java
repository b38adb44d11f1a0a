package org.huquq.operations;

import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.engine.common.EntityReference;
import org.hibernate.search.engine.reporting.EntityIndexingFailureContext;
import org.hibernate.search.engine.reporting.FailureContext;
import org.hibernate.search.engine.reporting.FailureHandler;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategyConfigurationContext;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the search index failed to take. Hibernate Search reports every indexing failure here (its failure handler
 * and the synchronization strategy of every indexing plan, {@code hibernate.search.*} in application.yml): from then
 * on the index is behind the database, which stays right, until {@link SearchIndexCatchUp} has indexed every record
 * again.
 *
 * <p>The strategy is Hibernate Search's {@code sync} (a change is searchable when the request that saved it returns)
 * except for a failure: {@code sync} throws it after the database committed, so a user whose record was saved is
 * told it failed and saves it again; here the save stands and the record is indexed once the index takes writes.
 */
@Component(SearchIndexFailures.BEAN)
class SearchIndexFailures implements FailureHandler, IndexingPlanSynchronizationStrategy {

    /** The bean name application.yml gives Hibernate Search. */
    static final String BEAN = "searchIndexFailures";

    private static final Logger log = LoggerFactory.getLogger(SearchIndexFailures.class);

    private long failures;
    private Instant behindSince;
    private volatile Runnable whenBehind = () -> { };

    @Override
    public void apply(IndexingPlanSynchronizationStrategyConfigurationContext context) {
        context.documentCommitStrategy(DocumentCommitStrategy.FORCE);
        context.documentRefreshStrategy(DocumentRefreshStrategy.FORCE);
        FailureHandler handler = context.failureHandler();
        context.indexingFutureHandler(future -> {
            SearchIndexingPlanExecutionReport report;
            try {
                report = future.join();
            } catch (CompletionException | CancellationException e) {
                FailureContext.Builder failure = FailureContext.builder();
                failure.throwable(e.getCause() == null ? e : e.getCause());
                failure.failingOperation("indexing after a commit");
                handler.handle(failure.build());
                return;
            }
            report.throwable().ifPresent(throwable -> {
                EntityIndexingFailureContext.Builder failure = EntityIndexingFailureContext.builder();
                failure.throwable(throwable);
                failure.failingOperation("indexing after a commit");
                report.failingEntities().forEach(failure::failingEntityReference);
                handler.handle(failure.build());
            });
        });
    }

    @Override
    public void handle(FailureContext context) {
        log.error("The search index failed ({}); every record is indexed again once it takes writes",
                context.failingOperation(), context.throwable());
        fellBehind(Instant.now());
    }

    @Override
    public void handle(EntityIndexingFailureContext context) {
        log.error("The search index failed to index {} ({}); every record is indexed again once it takes writes",
                context.failingEntityReferences().stream().map(SearchIndexFailures::name).toList(),
                context.failingOperation(), context.throwable());
        fellBehind(Instant.now());
    }

    /** The index missed writes at {@code when} (now, or before a restart): it is behind until caught up. */
    void fellBehind(Instant when) {
        synchronized (this) {
            failures++;
            if (behindSince == null || when.isBefore(behindSince)) {
                behindSince = when;
            }
        }
        whenBehind.run();
    }

    /** Since when the index misses writes, or null when it holds every record. */
    synchronized Instant behindSince() {
        return behindSince;
    }

    /** How many failures were reported so far: a catch-up counts only if none came while it ran. */
    synchronized long failureCount() {
        return failures;
    }

    /** Every record was indexed again since the failure count was {@code failuresBefore}; true if none came since. */
    synchronized boolean caughtUp(long failuresBefore) {
        if (failures != failuresBefore) {
            return false;
        }
        behindSince = null;
        return true;
    }

    /** What to do when the index falls behind (one listener: the catch-up). */
    void whenBehind(Runnable listener) {
        this.whenBehind = listener;
    }

    private static String name(EntityReference reference) {
        return reference.name() + " " + reference.id();
    }
}
