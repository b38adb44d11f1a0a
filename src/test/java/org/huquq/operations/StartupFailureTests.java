package org.huquq.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.huquq.HuquqApplication;
import org.huquq.support.H2Holder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A start that cannot succeed ends with what is wrong and what to do, in the failure report of Spring Boot, instead
 * of the stack trace of whatever failed first (H2's "use the server mode", Flyway's SQL state, ...).
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

    @TempDir
    Path dataDir;

    @BeforeEach
    void embeddedStackOnly() {
        EmbeddedStack.assume("these failures are those of its database in the data directory");
    }

    @Test
    void aSecondInstanceOnTheSameDataDirectoryIsToldToStopTheOtherOrUseAnotherDirectory(CapturedOutput output)
            throws Exception {
        Process other = holdDatabaseInAnotherProcess();
        try {
            String report = failedStart(output);

            assertThat(report).contains("The data directory " + dataDir.toRealPath()
                    + " is in use by another running Huquq")
                    .contains("Stop the other instance first, or give this one its own data directory with"
                            + " HUQUQ_DATA_DIR.");
            assertNoStackTrace(report);
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
    }

    @Test
    void aDatabaseMigratedByANewerVersionIsRefusedAndLeftAsItWas(CapturedOutput output) throws Exception {
        Flyway.configure().dataSource(h2Url(), "sa", "").locations("classpath:db/migration").load().migrate();
        execute("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) values (9999, '9999', 'from a newer Huquq', 'SQL',"
                + " 'V9999__from_a_newer_huquq.sql', 1, 'sa', 1, true)");
        long migrationsBefore = count("flyway_schema_history");

        String report = failedStart(output);

        assertThat(report).contains("The database was migrated by a newer version of Huquq (schema version 9999;"
                + " this version knows up to ")
                .contains("Run the newer version of Huquq, or restore a backup made with this version");
        assertNoStackTrace(report);
        assertThat(count("flyway_schema_history")).isEqualTo(migrationsBefore);
    }

    @Test
    void aReadOnlyDataDirectoryIsToldBeforeAnythingOpensIt(CapturedOutput output) throws Exception {
        Path readOnly = dataDir.resolve("read-only");
        Files.createDirectories(readOnly);
        makeReadOnly(readOnly);
        try {
            String report = failedStart(output, readOnly);

            assertThat(report).contains("Huquq cannot write to " + readOnly)
                    .contains("Make " + readOnly + " writable for the user running Huquq, or set HUQUQ_DATA_DIR"
                            + " to a writable directory.");
            assertNoStackTrace(report);
            assertThat(readOnly).isEmptyDirectory();
        } finally {
            Mounts.unmount(readOnly);
        }
    }

    /** Root writes to any directory whatever its permissions: for root a read-only file system does it. */
    private static void makeReadOnly(Path directory) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            assumeThat(Mounts.tmpfs(directory, "ro,size=1m"))
                    .as("mounting a read-only tmpfs (root without the right to mount: run as another user)").isTrue();
        } else {
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
    }

    private String failedStart(CapturedOutput output) {
        return failedStart(output, dataDir);
    }

    /** Starts Huquq on the directory, expects it to fail, and returns what it printed meanwhile. */
    private static String failedStart(CapturedOutput output, Path directory) {
        int before = output.length();
        assertThatThrownBy(() -> new SpringApplicationBuilder(HuquqApplication.class)
                .run("--huquq.data-dir=" + directory, "--server.port=0")).isNotNull();
        return output.toString().substring(before);
    }

    private static void assertNoStackTrace(String report) {
        assertThat(report).contains("APPLICATION FAILED TO START").doesNotContain("\tat ").doesNotContain("Caused by")
                .doesNotContainIgnoringCase("server mode").doesNotContain("Application run failed");
    }

    /** Another process opens the database, as a running instance holds it. */
    private Process holdDatabaseInAnotherProcess() throws Exception {
        Process holder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                H2Holder.class.getName(), h2Url())).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("open");
        return holder;
    }

    private String h2Url() {
        return "jdbc:h2:file:" + dataDir + "/huquq;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(h2Url(), "sa", "");
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private long count(String table) throws Exception {
        try (Connection connection = DriverManager.getConnection(h2Url(), "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
