package org.huquq.operations;

import java.sql.SQLException;

import com.zaxxer.hikari.SQLExceptionOverride;

/**
 * Tells the connection pool to drop a connection whose H2 database has closed itself, as H2 does after a write
 * failed on a full disk: H2 answers such a connection's validity check with "valid", so the pool would hand it out
 * forever and every request would fail until a restart. A new connection opens the database again. Other errors,
 * and every other database, keep the pool's own judgement ({@code spring.datasource.hikari.exception-override-class-name}).
 */
public class ClosedH2ConnectionEviction implements SQLExceptionOverride {

    /** H2's {@code ErrorCode.DATABASE_IS_CLOSED}. */
    static final int DATABASE_IS_CLOSED = 90098;

    /** H2's {@code ErrorCode.DATABASE_CALLED_AT_SHUTDOWN}. */
    static final int DATABASE_CALLED_AT_SHUTDOWN = 90121;

    @java.lang.Override
    public SQLExceptionOverride.Override adjudicate(SQLException e) {
        boolean h2 = e.getClass().getName().startsWith("org.h2.");
        boolean closed = e.getErrorCode() == DATABASE_IS_CLOSED || e.getErrorCode() == DATABASE_CALLED_AT_SHUTDOWN;
        return h2 && closed ? SQLExceptionOverride.Override.MUST_EVICT : SQLExceptionOverride.Override.CONTINUE_EVICT;
    }
}
