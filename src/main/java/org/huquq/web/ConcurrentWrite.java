package org.huquq.web;

import java.sql.SQLException;
import java.util.Set;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Whether the database refused a write because another request wrote the same thing at the same moment: both
 * inserted one unique key, or one waited in vain for the other's lock, or lost a deadlock. Such a request is refused
 * as a whole and may simply be repeated; anything else the database refuses is a fault of ours.
 */
final class ConcurrentWrite {

    /** SQL states of such refusals on PostgreSQL and H2: unique key, serialization, deadlock, lock not had in time. */
    private static final Set<String> STATES = Set.of("23505", "40001", "40P01", "55P03", "HYT00");

    private ConcurrentWrite() {
    }

    static boolean refused(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException && !(cause instanceof OptimisticLockingFailureException)) {
                return true;
            }
            if (cause instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
