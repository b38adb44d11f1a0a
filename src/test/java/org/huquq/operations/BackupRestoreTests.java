package org.huquq.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.huquq.support.TestUsers.as;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.huquq.HuquqApplication;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditVerification;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.shared.files.FileStoreTests;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A backup of a populated embedded instance (letters with attachments, persons, audit entries) restores into a
 * fresh data directory identical to what was backed up, table by table and file by file, with its search index
 * rebuilt and its audit chains intact; a restore never lands on data that is there already unless forced, and never
 * starts from an archive that does not match its manifest or that a newer version of Huquq made. Only the owner of an
 * archive may read it.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class BackupRestoreTests {

    /** The options the application opens its H2 database with (application.yml), the data directory left out. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Autowired
    BackupManagement backups;

    @Autowired
    AuditLog audit;

    @Autowired
    DataSource dataSource;

    @Autowired
    TestUsers users;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    PersonManagement persons;

    @Autowired
    Flyway flyway;

    @Value("${huquq.files.dir}")
    Path filesDir;

    @TempDir
    Path temp;

    @BeforeEach
    void embeddedStackOnly() {
        EmbeddedStack.assume("PostgreSQL is backed up with pg_dump (docs/operations.md)");
    }

    @Test
    void aRestoredInstanceHoldsEveryRowAndFileOfTheBackupWithItsIndexRebuiltAndItsAuditChainsIntact()
            throws Exception {
        populate();
        Map<String, String> tables;
        try (Connection connection = dataSource.getConnection()) {
            tables = tableDigests(connection);
        }
        assertThat(tables).containsKeys("letter", "letter_attachment", "person", "person_name", "audit_entry",
                "audit_chain", "flyway_schema_history").allSatisfy((table, digest) -> assertThat(digest)
                .as(table).matches("\\d+ rows, sha256 [0-9a-f]{64}"));
        assertThat(tables.get("letter_attachment")).doesNotStartWith("0 rows");
        Map<String, String> files = fileDigests(filesDir);
        Map<String, AuditVerification> chains = audit.verifyAll();
        Path archive = temp.resolve("backup.zip");
        backups.write(archive);
        Path restored = temp.resolve("restored");

        RestoreReport report = Restore.restore(HuquqApplication.class, archive, false, dataDirectory(restored));

        assertThat(restoredTables(restored)).isEqualTo(tables);
        assertThat(fileDigests(restored.resolve("files"))).isEqualTo(files).isNotEmpty();
        assertThat(report.audit()).hasSameSizeAs(chains).allSatisfy((chain, verification) -> {
            assertThat(verification.intact()).as("chain %s intact", chain).isTrue();
            assertThat(verification.entriesChecked()).isEqualTo(chains.get(chain).entriesChecked());
        });
        assertThat(report.index()).allMatch(RestoreReport.IndexCount::complete)
                .extracting(RestoreReport.IndexCount::entity).contains("Letter", "Person", "Place");
        assertThat(report.complete()).isTrue();
    }

    @Test
    void aRestoreRefusesADataDirectoryThatHoldsDataAndReplacesItOnlyWhenForced() throws Exception {
        Path archive = temp.resolve("backup.zip");
        BackupArchive.Written written = backups.write(archive);
        Path occupied = temp.resolve("occupied");
        Path database = Files.createDirectories(occupied).resolve("huquq.mv.db");
        Files.writeString(database, "what is there already");
        String[] args = dataDirectory(occupied);

        assertThatThrownBy(() -> Restore.restore(HuquqApplication.class, archive, false, args))
                .isInstanceOf(BackupRefused.class)
                .hasMessage("There is a database at " + database + " already: restore into an empty data directory,"
                        + " or add --force to replace it.");
        assertThat(database).hasContent("what is there already");

        RestoreReport forced = Restore.restore(HuquqApplication.class, archive, true, args);

        assertThat(forced.complete()).isTrue();
        assertThat(forced.files()).isEqualTo(written.files());
        assertThat(restoredTables(occupied)).containsKeys("letter", "person", "audit_entry");

        // the instance is stopped: the command line backs it up, as an operator would before an upgrade
        Path offline = temp.resolve("offline.zip");
        assertThat(OperationsCommands.run(HuquqApplication.class,
                new String[] { "--backup=" + offline, "--huquq.data-dir=" + occupied })).hasValue(OperationsCommands.DONE);
        BackupArchive.Verified again = BackupArchive.verify(offline);
        assertOwnerOnly(offline);
        assertThat(again.databaseEntry()).isEqualTo("database/huquq.mv.db");
        assertThat(again.files()).hasSize(written.files());
    }

    @Test
    void anArchiveThatDoesNotMatchItsManifestIsRefusedBeforeAnythingIsWritten(CapturedOutput output)
            throws Exception {
        populate();
        Path archive = temp.resolve("backup.zip");
        backups.write(archive);
        String storedFile;
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            storedFile = Collections.list(zip.entries()).stream().map(ZipEntry::getName)
                    .filter(name -> name.startsWith(BackupArchive.FILES)).findFirst().orElseThrow();
        }
        Path altered = rewrite(archive, storedFile, "not what was stored".getBytes(StandardCharsets.UTF_8));
        Path target = temp.resolve("target");

        OptionalInt exit = OperationsCommands.run(HuquqApplication.class,
                new String[] { "--restore=" + altered, "--huquq.data-dir=" + target });

        assertThat(exit).hasValue(OperationsCommands.REFUSED);
        assertThat(output.getErr()).contains("The archive " + altered + " does not match its manifest: " + storedFile
                + " does not have the SHA-256 its manifest gives. Nothing was restored.");
        assertThat(target.resolve("huquq.mv.db")).doesNotExist();
        assertThat(fileDigests(target.resolve("files"))).isEmpty();

        Path extra = rewrite(archive, "files/../../etc/cron.d/huquq", new byte[] { 1 });
        assertThatThrownBy(() -> BackupArchive.verify(extra)).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("files/../../etc/cron.d/huquq is not in its manifest");
    }

    @Test
    void anArchiveMadeByANewerVersionIsRefusedBeforeAnythingIsWritten(CapturedOutput output) throws Exception {
        populate();
        Path archive = temp.resolve("backup.zip");
        backups.write(archive);
        MigrationVersion known = SchemaVersionCheck.newestKnown("classpath:db/migration");
        // this instance ran every migration of the build
        assertThat(known).isEqualTo(flyway.info().current().getVersion());
        String newer = known.getMajor().add(BigInteger.ONE).toString();
        Path fromTheFuture = rewriteInfo(archive, BackupArchive.SCHEMA_VERSION, newer);
        // a whole archive, as a newer version would have made it
        assertThat(BackupArchive.verify(fromTheFuture).info().getProperty(BackupArchive.SCHEMA_VERSION))
                .isEqualTo(newer);
        Path target = temp.resolve("target");

        OptionalInt exit = OperationsCommands.run(HuquqApplication.class,
                new String[] { "--restore=" + fromTheFuture, "--huquq.data-dir=" + target });

        assertThat(exit).hasValue(OperationsCommands.REFUSED);
        assertThat(output.getErr()).contains("The archive " + fromTheFuture + " was made by a newer version of Huquq:"
                + " its database schema is at version " + newer + ", and this version knows up to " + known
                + ". Restore it with the version that made it, or a newer one. Nothing was restored.");
        assertThat(target.resolve("huquq.mv.db")).doesNotExist();
        assertThat(fileDigests(target.resolve("files"))).isEmpty();

        // forced onto an instance that has data, it leaves the data as it was
        Path occupied = temp.resolve("occupied");
        Path database = Files.createDirectories(occupied).resolve("huquq.mv.db");
        Files.writeString(database, "what is there already");
        assertThatThrownBy(() -> Restore.restore(HuquqApplication.class, fromTheFuture, true,
                dataDirectory(occupied))).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("was made by a newer version of Huquq");
        assertThat(database).hasContent("what is there already");

        // the same version and an older one are restored
        Path older = rewriteInfo(archive, BackupArchive.SCHEMA_VERSION, "1");
        Restore.requireKnownSchema(BackupArchive.verify(older), OperationsCommands.settings(new String[0]));
        Path missing = rewriteInfo(archive, BackupArchive.SCHEMA_VERSION, null);
        assertThatThrownBy(() -> Restore.requireKnownSchema(BackupArchive.verify(missing),
                OperationsCommands.settings(new String[0]))).isInstanceOf(BackupRefused.class)
                .hasMessageContaining("does not say which schema version made it");
    }

    @Test
    void anArchiveIsReadableByItsOwnerOnlyAndNothingElseIsLeftBesideIt() throws Exception {
        Path archive = temp.resolve("backups").resolve("backup.zip");
        backups.write(archive);
        assertOwnerOnly(archive);
        try (Stream<Path> left = Files.list(archive.getParent())) {
            assertThat(left).containsExactly(archive);
        }
    }

    private static void assertOwnerOnly(Path archive) throws IOException {
        Assumptions.assumeTrue(archive.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "a file system with POSIX rights");
        assertThat(Files.getPosixFilePermissions(archive)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE);
    }

    /**
     * The archive with the property {@code name} of its backup.properties set to {@code value} (removed when null)
     * and its manifest written anew, as the version that made it would have written it.
     */
    private Path rewriteInfo(Path archive, String name, String value) throws IOException {
        Path rewritten = Files.createTempFile(temp, "rewritten-", ".zip");
        Map<String, String> digests = new TreeMap<>();
        try (ZipFile in = new ZipFile(archive.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            for (ZipEntry entry : Collections.list(in.entries())) {
                if (entry.getName().equals(BackupArchive.MANIFEST)) {
                    continue;
                }
                byte[] content;
                try (InputStream original = in.getInputStream(entry)) {
                    content = original.readAllBytes();
                }
                if (entry.getName().equals(BackupArchive.INFO)) {
                    String text = new String(content, StandardCharsets.ISO_8859_1)
                            .replaceAll("(?m)^" + name + "=.*\\R", value == null ? "" : name + "=" + value + "\n");
                    content = text.getBytes(StandardCharsets.ISO_8859_1);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
                digests.put(entry.getName(), sha256(content));
            }
            StringBuilder manifest = new StringBuilder();
            digests.forEach((entry, digest) -> manifest.append(digest).append("  ").append(entry).append('\n'));
            out.putNextEntry(new ZipEntry(BackupArchive.MANIFEST));
            out.write(manifest.toString().getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return rewritten;
    }

    /** Letters with two attachments, a person, and the audit entries of all that. */
    private void populate() {
        HuquqUser clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        as(clerk, () -> {
            CounterpartView commissioner = counterparts.create(CounterpartMother.ombudsman().build());
            LetterView letter = letters.register(LetterMother.outgoing(commissioner.id()).register());
            letter = letters.attach(letter.id(), letter.version(), new ByteArrayInputStream(FileStoreTests.PDF),
                    "мактуб.pdf");
            letters.attach(letter.id(), letter.version(), new ByteArrayInputStream(
                    ("Ёддошт ғӯқҷ " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8)), "ёддошт.txt");
            return persons.register(PersonMother.named("Раҳимов", "Ҷамшед").build());
        });
    }

    private static String[] dataDirectory(Path dataDir) {
        return new String[] { "--huquq.data-dir=" + dataDir };
    }

    /** The archive with {@code name} replaced by (or added as) {@code content}, the manifest left as it was. */
    private Path rewrite(Path archive, String name, byte[] content) throws IOException {
        Path rewritten = Files.createTempFile(temp, "rewritten-", ".zip");
        try (ZipFile in = new ZipFile(archive.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(rewritten))) {
            boolean replaced = false;
            for (ZipEntry entry : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    out.write(content);
                    replaced = true;
                } else {
                    try (InputStream original = in.getInputStream(entry)) {
                        original.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            if (!replaced) {
                out.putNextEntry(new ZipEntry(name));
                out.write(content);
                out.closeEntry();
            }
        }
        return rewritten;
    }

    private static Map<String, String> restoredTables(Path dataDir) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("huquq")
                + H2_OPTIONS, "sa", "")) {
            return tableDigests(connection);
        }
    }

    /** Each table's row count and the SHA-256 of its rows (each row's values in column order, rows sorted). */
    static Map<String, String> tableDigests(Connection connection) throws Exception {
        Map<String, String> digests = new TreeMap<>();
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select table_name from information_schema.tables"
                        + " where lower(table_schema) = 'public' and table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase());
            }
        }
        for (String table : tables) {
            List<String> lines = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select * from \"" + table + "\"")) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    StringBuilder line = new StringBuilder();
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        line.append(rows.getString(column)).append('\u0001');
                    }
                    lines.add(line.toString());
                }
            }
            Collections.sort(lines);
            digests.put(table, lines.size() + " rows, sha256 " + sha256(String.join("\n", lines)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return digests;
    }

    /** Every stored file by its path in the store, with the SHA-256 of its content. */
    static Map<String, String> fileDigests(Path directory) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return digests;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                digests.put(directory.relativize(file).toString(), sha256(Files.readAllBytes(file)));
            }
        }
        return digests;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
