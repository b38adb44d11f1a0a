package org.huquq.operations;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.huquq.operations.domain.OperationsStateRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The health of what Huquq cannot work without, proved by writing: the database commits a one-row update, the search
 * index takes and returns a document. A full disk lets both answer reads while every write fails, so a read-only
 * check says UP to a dead instance. Each answer is kept for {@code huquq.health.probe-interval}, so that health
 * requests, which anyone may send, cost at most one probe write per interval.
 */
@Component
class HealthProbes {

    private final OperationsStateRepository state;
    private final TransactionTemplate transaction;
    private final SearchIndexProbe index;
    private final SearchIndexFailures indexFailures;
    private final DataSource dataSource;
    private final long intervalNanos;

    private Probed database;
    private Probed searchIndex;

    HealthProbes(OperationsStateRepository state, PlatformTransactionManager transactionManager,
            SearchIndexProbe index, SearchIndexFailures indexFailures, DataSource dataSource,
            @Value("${huquq.health.probe-interval}") Duration interval) {
        this.state = state;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.index = index;
        this.indexFailures = indexFailures;
        this.dataSource = dataSource;
        this.intervalNanos = interval.toNanos();
    }

    synchronized Health database() {
        if (stale(database)) {
            database = new Probed(System.nanoTime(), probeDatabase());
        }
        return database.health();
    }

    synchronized Health searchIndex() {
        if (stale(searchIndex)) {
            searchIndex = new Probed(System.nanoTime(), probeSearchIndex());
        }
        return searchIndex.health();
    }

    private Health probeDatabase() {
        try {
            transaction.executeWithoutResult(status -> state.touch(Instant.now()));
            return Health.up().build();
        } catch (RuntimeException e) {
            replaceConnections();
            return Health.down(e).build();
        }
    }

    private Health probeSearchIndex() {
        try {
            index.writeAndRead();
        } catch (RuntimeException e) {
            return Health.down(e).build();
        }
        Instant behindSince = indexFailures.behindSince();
        return behindSince == null ? Health.up().build()
                : Health.up().withDetail("missedWritesSince", behindSince.toString())
                        .withDetail("catchingUp", true).build();
    }

    /**
     * A database that failed a write may have closed itself (H2 does, on a full disk): every pooled connection is
     * then dead, and the pool's own check does not see it. New connections open it again once it can be written.
     */
    private void replaceConnections() {
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
                if (pool != null) {
                    pool.softEvictConnections();
                }
            }
        } catch (SQLException notAHikariPool) {
            // another pool: its connections stay as they are
        }
    }

    private boolean stale(Probed probed) {
        return probed == null || System.nanoTime() - probed.at() >= intervalNanos;
    }

    private record Probed(long at, Health health) {
    }
}
