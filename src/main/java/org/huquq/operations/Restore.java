package org.huquq.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.flywaydb.core.api.MigrationVersion;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Restores a backup archive onto a stopped instance ({@code java -jar huquq.jar --restore=FILE [--force]}):
 * <ol>
 * <li>checks every entry of the archive against its manifest, and refuses an archive made by a newer version of
 * Huquq (its schema version beyond this build's newest migration), before anything is touched;</li>
 * <li>refuses a data directory that holds a database or stored files already, unless {@code --force}, which
 * deletes them (and refuses a database that another process has open);</li>
 * <li>writes the database (embedded H2 only: on PostgreSQL it is restored with pg_restore first, and the archive
 * holds the files only) and the stored files;</li>
 * <li>starts the application on them, which migrates an older schema (and refuses a newer one, should a database
 * be newer than its archive says), rebuilds the search
 * index from the database and verifies every audit chain ({@link RestoreCheck}).</li>
 * </ol>
 */
final class Restore {

    private Restore() {
    }

    static RestoreReport restore(Class<?> application, Path archive, boolean force, String[] args) {
        Environment settings = OperationsCommands.settings(args);
        StoreLocations to = StoreLocations.of(settings);
        BackupArchive.Verified verified = BackupArchive.verify(archive.toAbsolutePath());
        requireKnownSchema(verified, settings);
        boolean hasDatabase = verified.databaseEntry() != null;
        if (hasDatabase && !to.embeddedDatabase()) {
            throw new BackupRefused("The archive holds an embedded database, but this configuration uses "
                    + settings.getProperty("spring.datasource.url") + ": restore it without the postgres profile.");
        }
        if (!hasDatabase && to.embeddedDatabase()) {
            throw new BackupRefused("The archive holds no database (a PostgreSQL instance's files): restore the"
                    + " database with pg_restore and run the restore with the postgres profile.");
        }
        try {
            if (force) {
                clear(to, settings);
            } else {
                requireEmpty(to);
            }
            deleteTree(to.indexDir());
            BackupArchive.extract(verified, to.databaseFile(), to.filesDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (ConfigurableApplicationContext app = OperationsCommands.forCommand(application, args)) {
            return app.getBean(RestoreCheck.class).check(archive.toAbsolutePath(), hasDatabase,
                    verified.files().size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the search index was rebuilt", e);
        }
    }

    /**
     * Refuses an archive whose {@code schema-version} is newer than this build's newest migration: its database
     * holds tables and columns this version does not know, and its files may be named by them. Flyway would refuse it
     * only once the database was written; this refuses it before anything is.
     */
    static void requireKnownSchema(BackupArchive.Verified verified, Environment settings) {
        String made = verified.info().getProperty(BackupArchive.SCHEMA_VERSION);
        if (made == null || made.isBlank()) {
            throw new BackupRefused("The archive " + verified.archive() + " does not say which schema version made it"
                    + " (" + BackupArchive.SCHEMA_VERSION + " in " + BackupArchive.INFO + "). Nothing was restored.");
        }
        if (BackupArchive.NO_SCHEMA.equals(made)) {
            return;
        }
        MigrationVersion archived;
        try {
            archived = MigrationVersion.fromVersion(made);
        } catch (RuntimeException notAVersion) {
            throw new BackupRefused("The archive " + verified.archive() + " gives " + made + " as its schema version,"
                    + " which is no version. Nothing was restored.");
        }
        MigrationVersion known = SchemaVersionCheck.newestKnown(settings.getProperty("spring.flyway.locations",
                String[].class, new String[] { "classpath:db/migration" }));
        if (known == null || archived.isNewerThan(known)) {
            throw new BackupRefused("The archive " + verified.archive() + " was made by a newer version of Huquq: its"
                    + " database schema is at version " + archived + ", and this version knows up to "
                    + (known == null ? "none" : known) + ". Restore it with the version that made it, or a newer one."
                    + " Nothing was restored.");
        }
    }

    private static void requireEmpty(StoreLocations to) throws IOException {
        if (to.embeddedDatabase() && Files.exists(to.databaseFile())) {
            throw new BackupRefused("There is a database at " + to.databaseFile() + " already: restore into an empty"
                    + " data directory, or add --force to replace it.");
        }
        if (!BackupArchive.storedFiles(to.filesDir()).isEmpty()) {
            throw new BackupRefused("The file store " + to.filesDir() + " holds files already: restore into an empty"
                    + " one, or add --force to replace them.");
        }
    }

    /** --force: what the archive replaces goes, but not from under a running instance. */
    private static void clear(StoreLocations to, Environment settings) throws IOException {
        if (to.embeddedDatabase() && Files.exists(to.databaseFile())) {
            requireNotOpen(settings, to.databaseFile());
            Files.delete(to.databaseFile());
            String base = to.databaseFile().toString();
            Files.deleteIfExists(Path.of(base.substring(0, base.length() - ".mv.db".length()) + ".trace.db"));
        }
        for (Path stored : BackupArchive.storedFiles(to.filesDir())) {
            Files.delete(stored);
        }
    }

    /** Opens the database once: H2 refuses while another process has it open, as a running Huquq does. */
    private static void requireNotOpen(Environment settings, Path databaseFile) {
        String url = settings.getProperty("spring.datasource.url") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, settings.getProperty("spring.datasource.username"),
                settings.getProperty("spring.datasource.password"))) {
            connection.isValid(1);
        } catch (SQLException e) {
            // a database that cannot be read (damaged, which may be why it is restored) is replaced all the same
            if (e.getErrorCode() == StartupFailureAnalyzers.DatabaseInUse.H2_DATABASE_ALREADY_OPEN) {
                throw new BackupRefused("The database " + databaseFile + " is open in another process: stop Huquq"
                        + " before restoring.");
            }
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
