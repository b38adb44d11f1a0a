package org.huquq.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.annotation.PreDestroy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.operations.domain.OperationsStateRepository;
import org.huquq.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Backups of the whole instance: the embedded database (H2's online {@code BACKUP TO}, a consistent copy while the
 * application runs) and every stored file, in one archive with the SHA-256 of each part ({@link BackupArchive}).
 * The database is copied first: every file it refers to was stored before the row that names it was committed.
 *
 * <p>An archive holds every institution of the instance: the backup page makes and hands out archives only to an
 * administrator of an instance that holds no other institution. Every backup and every download is audited.
 */
@Service
public class BackupManagement {

    /** The kind of record audit entries name. */
    static final String AUDITED_KIND = "Backup";

    private static final Logger log = LoggerFactory.getLogger(BackupManagement.class);
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern ARCHIVE_NAME = Pattern.compile("huquq-backup-\\d{8}T\\d{9}Z\\.zip");

    private final OperationsStateRepository state;
    private final TransactionTemplate transaction;
    private final Flyway flyway;
    private final AuditLog audit;
    private final IdentityManagement identity;
    private final StoreLocations locations;
    private final int keep;
    private final ReentrantLock writing = new ReentrantLock();
    private final ExecutorService background = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "backup");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Future<?> started;
    private volatile boolean lastFailed;

    BackupManagement(OperationsStateRepository state, PlatformTransactionManager transactionManager, Flyway flyway,
            AuditLog audit, IdentityManagement identity, Environment environment,
            @Value("${huquq.backup.keep}") int keep) {
        this.state = state;
        this.transaction = new TransactionTemplate(transactionManager);
        this.flyway = flyway;
        this.audit = audit;
        this.identity = identity;
        this.locations = StoreLocations.of(environment);
        this.keep = keep;
    }

    /** A finished archive in the backup directory. */
    public record BackupFile(String name, long bytes, Instant madeAt) {
    }

    /**
     * Whether the signed-in user may make and download backups here: an administrator, on an instance that holds
     * no institution but theirs (an archive holds every institution's records).
     */
    public boolean mayBackUp() {
        HuquqUser user = CurrentUser.require();
        return user.hasRole(Role.ADMINISTRATOR) && identity.institutionIds().equals(List.of(user.institutionId()));
    }

    /**
     * Starts a backup into the backup directory in the background and returns at once; it is audited when it is
     * done.
     *
     * @return false, and nothing is started, while another backup is being made
     * @throws NotFoundException when the user may not back up this instance
     */
    public synchronized boolean start() {
        HuquqUser user = requireMayBackUp();
        if (inProgress()) {
            return false;
        }
        UUID institution = user.institutionId();
        String actor = user.username();
        started = background.submit(() -> backUpAndAudit(institution, actor));
        return true;
    }

    /** Whether a backup is being made now. */
    public boolean inProgress() {
        Future<?> last = started;
        return writing.isLocked() || last != null && !last.isDone();
    }

    /** Whether archives hold the database: it is embedded (H2); PostgreSQL is dumped with pg_dump. */
    public boolean embeddedDatabase() {
        return locations.embeddedDatabase();
    }

    /** Whether the last backup the page started failed (the log says why). */
    public boolean lastFailed() {
        return lastFailed;
    }

    /** The archives in the backup directory, newest first. */
    public List<BackupFile> archives() {
        requireMayBackUp();
        return list();
    }

    /**
     * The archive called {@code name}, for download; the download is audited.
     *
     * @throws NotFoundException when there is none of that name, or the user may not back up this instance
     */
    @Transactional
    public Path download(String name) {
        requireMayBackUp();
        BackupFile file = list().stream().filter(archive -> archive.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException(AUDITED_KIND, name));
        audit.record(AuditAction.EXPORT, AUDITED_KIND, file.name(), AuditOutcome.SUCCESS, "downloaded");
        return locations.backupDir().resolve(file.name());
    }

    /**
     * Writes an archive of this instance to {@code target} now: the embedded database, if the database is embedded
     * (PostgreSQL is dumped with pg_dump), and every stored file.
     *
     * @throws BackupRefused when a backup is being made already, or {@code target} exists
     */
    BackupArchive.Written write(Path target) {
        if (!writing.tryLock()) {
            throw new BackupRefused("A backup is being made already; try again when it is done.");
        }
        try {
            if (Files.exists(target)) {
                throw new BackupRefused("There is a file at " + target + " already; name another one.");
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Path h2Backup = locations.embeddedDatabase() ? onlineCopyOfTheDatabase(target) : null;
            try {
                return BackupArchive.write(target, h2Backup, locations.filesDir(),
                        Map.of("created", Instant.now().toString(), BackupArchive.SCHEMA_VERSION, schemaVersion(),
                                "database", h2Backup == null ? "none" : "h2"));
            } finally {
                if (h2Backup != null) {
                    Files.deleteIfExists(h2Backup);
                    Files.deleteIfExists(h2Backup.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    private void backUpAndAudit(UUID institution, String actor) {
        Path target = locations.backupDir().resolve("huquq-backup-" + NAME_TIME.format(Instant.now()) + ".zip");
        try {
            BackupArchive.Written written = write(target);
            lastFailed = false;
            audit.recordFor(institution, actor, AuditAction.CREATE, AUDITED_KIND, target.getFileName(),
                    AuditOutcome.SUCCESS, "files " + written.files() + ", manifest sha256 " + written.manifestSha256());
            prune();
        } catch (RuntimeException e) {
            lastFailed = true;
            log.error("The backup to {} failed", target, e);
            audit.recordFor(institution, actor, AuditAction.CREATE, AUDITED_KIND, target.getFileName(),
                    AuditOutcome.FAILURE, null);
        }
    }

    /**
     * H2's online backup: a zip of the database file as one consistent state, beside the archive being written, in a
     * directory of its own that only the owner may enter (700 on POSIX, as Java makes temporary directories).
     */
    private Path onlineCopyOfTheDatabase(Path target) throws IOException {
        Path directory = Files.createTempDirectory(target.toAbsolutePath().getParent(), "database-");
        Path copy = directory.resolve("database.zip");
        try {
            transaction.executeWithoutResult(status -> state.backupTo(copy.toString()));
        } catch (RuntimeException e) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(directory);
            throw e;
        }
        return copy;
    }

    private String schemaVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? BackupArchive.NO_SCHEMA
                : current.getVersion().getVersion();
    }

    /** Keeps the newest {@code huquq.backup.keep} archives: every backup is a full copy, and disks fill. */
    private void prune() {
        list().stream().skip(keep).forEach(old -> {
            try {
                Files.deleteIfExists(locations.backupDir().resolve(old.name()));
            } catch (IOException e) {
                log.warn("Cannot delete the old backup {}", old.name(), e);
            }
        });
    }

    private List<BackupFile> list() {
        if (!Files.isDirectory(locations.backupDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(locations.backupDir())) {
            return files.filter(file -> ARCHIVE_NAME.matcher(file.getFileName().toString()).matches())
                    .map(BackupManagement::describe).flatMap(Optional::stream)
                    .sorted(Comparator.comparing(BackupFile::name).reversed()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<BackupFile> describe(Path file) {
        try {
            return Optional.of(new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant()));
        } catch (IOException deletedMeanwhile) {
            return Optional.empty();
        }
    }

    private HuquqUser requireMayBackUp() {
        if (!mayBackUp()) {
            throw new NotFoundException(AUDITED_KIND, "backup");
        }
        return CurrentUser.require();
    }
}
