package org.huquq.operations;

/**
 * The database was migrated by a newer version of Huquq than this one: running on it would read and write a
 * schema this version does not know. Told at start-up by {@link StartupFailureAnalyzers}.
 */
public class SchemaNewerThanApplication extends RuntimeException {

    private final String databaseVersion;
    private final String applicationVersion;

    SchemaNewerThanApplication(String databaseVersion, String applicationVersion) {
        super("The database schema is at version " + databaseVersion + "; this version of Huquq knows up to "
                + applicationVersion);
        this.databaseVersion = databaseVersion;
        this.applicationVersion = applicationVersion;
    }

    String databaseVersion() {
        return databaseVersion;
    }

    String applicationVersion() {
        return applicationVersion;
    }
}
