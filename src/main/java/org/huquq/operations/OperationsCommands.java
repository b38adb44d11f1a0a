package org.huquq.operations;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.stream.Stream;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.springframework.boot.Banner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The operator's commands, run instead of the server by the same jar ({@code java -jar huquq.jar ...}, README):
 * <ul>
 * <li>{@code --backup=FILE}: an archive of the stopped instance (the backup page makes one of a running one);</li>
 * <li>{@code --restore=FILE [--force]}: restores an archive onto a stopped instance ({@link Restore}).</li>
 * </ul>
 * Each prints what it did, or in one line why it did nothing, and ends the process: exit code 0 when done, 1 when
 * refused, 2 when a restore finished but found the index incomplete or an audit chain broken.
 */
public final class OperationsCommands {

    static final int DONE = 0;
    static final int REFUSED = 1;
    static final int RESTORED_WITH_PROBLEMS = 2;

    private OperationsCommands() {
    }

    /**
     * Runs the command {@code args} ask for, if any.
     *
     * @param application the application class, started for the command's work
     * @return the exit code of the command; empty when {@code args} ask for none and the server is to start
     */
    public static OptionalInt run(Class<?> application, String[] args) {
        DefaultApplicationArguments arguments = new DefaultApplicationArguments(args);
        PrintStream out = System.out;
        try {
            if (arguments.containsOption("restore")) {
                RestoreReport report = Restore.restore(application, Path.of(single(arguments, "restore")),
                        arguments.containsOption("force"), args);
                report.lines().forEach(out::println);
                return OptionalInt.of(report.complete() ? DONE : RESTORED_WITH_PROBLEMS);
            }
            if (arguments.containsOption("backup")) {
                BackupArchive.Written written = backup(application, Path.of(single(arguments, "backup")), args);
                out.println("Backed up " + (written.database() ? "the database and " : "") + written.files()
                        + " stored files to " + written.archive() + " (manifest sha256 " + written.manifestSha256()
                        + ").");
                return OptionalInt.of(DONE);
            }
        } catch (BackupRefused refused) {
            System.err.println(refused.getMessage());
            return OptionalInt.of(REFUSED);
        }
        return OptionalInt.empty();
    }

    /** Backs up a stopped instance into {@code target}; the backup is audited in the system chain. */
    static BackupArchive.Written backup(Class<?> application, Path target, String[] args) {
        StoreLocations locations = StoreLocations.of(settings(args));
        if (locations.embeddedDatabase() && !Files.exists(locations.databaseFile())) {
            throw new BackupRefused("There is no database at " + locations.databaseFile() + ": nothing to back up.");
        }
        try (ConfigurableApplicationContext app = forCommand(application, args)) {
            BackupArchive.Written written = app.getBean(BackupManagement.class).write(target.toAbsolutePath());
            app.getBean(AuditLog.class).recordFor(null, System.getProperty("user.name"), AuditAction.CREATE,
                    BackupManagement.AUDITED_KIND, target.getFileName(), AuditOutcome.SUCCESS,
                    "files " + written.files() + ", manifest sha256 " + written.manifestSha256());
            return written;
        }
    }

    /**
     * The configuration {@code args} and the environment give, read as the application reads it (application.yml,
     * HUQUQ_* variables), without starting anything that opens the database.
     */
    static Environment settings(String[] args) {
        try (ConfigurableApplicationContext settings = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            return settings.getEnvironment();
        }
    }

    /**
     * The application on its data for a command's work: without reminders, digest or demo data, its web server
     * (which its security needs) on a free port of the loopback address only.
     */
    static ConfigurableApplicationContext forCommand(Class<?> application, String[] args) {
        String[] commandArgs = Stream.concat(Arrays.stream(args), Stream.of("--server.port=0",
                "--server.address=127.0.0.1", "--spring.main.banner-mode=off", "--huquq.reminders.enabled=false",
                "--huquq.digest.enabled=false", "--huquq.demo=false")).toArray(String[]::new);
        return new SpringApplicationBuilder(application).logStartupInfo(false).run(commandArgs);
    }

    private static String single(DefaultApplicationArguments arguments, String option) {
        var values = arguments.getOptionValues(option);
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new BackupRefused("Give one file: --" + option + "=FILE");
        }
        return values.get(0);
    }

    /** No beans: only the environment is wanted. */
    static final class Settings {
    }
}
