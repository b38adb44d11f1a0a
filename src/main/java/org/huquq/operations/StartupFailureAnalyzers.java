package org.huquq.operations;

import java.nio.file.Path;
import java.sql.SQLException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Start-up failures an operator can fix, each told as what is wrong and what to do, instead of the stack trace of
 * whatever failed first (registered in {@code META-INF/spring.factories}).
 */
public final class StartupFailureAnalyzers {

    private StartupFailureAnalyzers() {
    }

    /** A data or file directory Huquq may not write to. */
    public static class DataDirectory extends AbstractFailureAnalyzer<DataDirectoryUnusable> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryUnusable cause) {
            return new FailureAnalysis(cause.getMessage() + ".",
                    "Make " + cause.directory() + " writable for the user running Huquq, or set " + cause.variable()
                            + " to a writable directory.",
                    cause);
        }
    }

    /** The embedded database is open in another process: another Huquq on the same data directory. */
    public static class DatabaseInUse extends AbstractFailureAnalyzer<SQLException> {

        /** H2's {@code ErrorCode.DATABASE_ALREADY_OPEN_1}. */
        static final int H2_DATABASE_ALREADY_OPEN = 90020;

        private final Environment environment;

        public DatabaseInUse(Environment environment) {
            this.environment = environment;
        }

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
            if (cause.getErrorCode() != H2_DATABASE_ALREADY_OPEN || !cause.getClass().getName().startsWith("org.h2.")) {
                return null;
            }
            Path dataDir = Path.of(environment.getProperty("huquq.data-dir", ".")).toAbsolutePath().normalize();
            return new FailureAnalysis("The data directory " + dataDir
                    + " is in use by another running Huquq (its database is open in another process).",
                    "Stop the other instance first, or give this one its own data directory with HUQUQ_DATA_DIR.",
                    cause);
        }
    }

    /** A database migrated by a newer version. */
    public static class NewerSchema extends AbstractFailureAnalyzer<SchemaNewerThanApplication> {

        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, SchemaNewerThanApplication cause) {
            return new FailureAnalysis("The database was migrated by a newer version of Huquq (schema version "
                    + cause.databaseVersion() + "; this version knows up to " + cause.applicationVersion() + ").",
                    "Run the newer version of Huquq, or restore a backup made with this version"
                            + " (java -jar huquq.jar --restore=FILE).",
                    cause);
        }
    }
}
