package org.huquq.operations;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The backup archive (docs/adr/0010): one zip holding {@code database/<name>.mv.db} (the embedded H2 database, as its
 * online backup copied it), {@code files/<aa>/<bb>/<sha256>} (every stored file, under the path it has in the file
 * store), {@code backup.properties} (what made it) and, last, {@code manifest.sha256}: the SHA-256 of every other
 * entry in the format of {@code sha256sum}, so that {@code unzip} and {@code sha256sum -c manifest.sha256} check it
 * without Huquq. A stored file's name is its SHA-256 as well: restoring checks both.
 */
final class BackupArchive {

    static final String MANIFEST = "manifest.sha256";
    static final String INFO = "backup.properties";
    static final String DATABASE = "database/";
    static final String FILES = "files/";
    /** The version of this layout, in backup.properties; a restore refuses another one. */
    static final String FORMAT = "1";
    /** The property of backup.properties that gives the Flyway version of the schema backed up. */
    static final String SCHEMA_VERSION = "schema-version";
    /** The schema version of a database that no migration has run on. */
    static final String NO_SCHEMA = "none";
    /** Who may read and write an archive on a POSIX file system: its owner only. */
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final Pattern STORED_FILE = Pattern.compile(
            "files/([0-9a-f]{2})/([0-9a-f]{2})/(([0-9a-f]{4})[0-9a-f]{60})");
    private static final Pattern DATABASE_FILE = Pattern.compile("database/[A-Za-z0-9_-]+\\.mv\\.db");
    private static final Pattern MANIFEST_LINE = Pattern.compile("([0-9a-f]{64})  (\\S+)");

    private BackupArchive() {
    }

    /** What went into an archive: how many stored files, and the SHA-256 of its manifest, which names it. */
    record Written(Path archive, int files, boolean database, String manifestSha256) {
    }

    /** An archive whose every entry matches its manifest. */
    record Verified(Path archive, String databaseEntry, List<String> files, Properties info) {
    }

    /**
     * Writes {@code target}: the database entries of {@code h2Backup} (H2's BACKUP TO zip; null when the database is
     * not embedded), every file of the file store and {@code info}. Written beside it first and moved in place at the
     * end: an archive under its name is always whole. On a POSIX file system only its owner may read it (600), from
     * its first byte: it holds every record of every institution.
     */
    static Written write(Path target, Path h2Backup, Path filesDir, Map<String, String> info) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Map<String, String> digests = new TreeMap<>();
        List<Path> files = storedFiles(filesDir);
        createOwnerOnly(part);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part)))) {
            if (h2Backup != null) {
                try (ZipInputStream database = new ZipInputStream(
                        new BufferedInputStream(Files.newInputStream(h2Backup)))) {
                    for (ZipEntry entry = database.getNextEntry(); entry != null; entry = database.getNextEntry()) {
                        if (!entry.isDirectory()) {
                            digests.put(DATABASE + entry.getName(), add(zip, DATABASE + entry.getName(), database));
                        }
                    }
                }
            }
            for (Path file : files) {
                String name = FILES + filesDir.relativize(file).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(file)) {
                    digests.put(name, add(zip, name, in));
                }
            }
            Properties properties = new Properties();
            properties.putAll(info);
            properties.setProperty("format", FORMAT);
            properties.setProperty("files", String.valueOf(files.size()));
            ByteArrayOutputStream infoBytes = new ByteArrayOutputStream();
            properties.store(infoBytes, "Huquq backup; check it with: unzip, then sha256sum -c " + MANIFEST);
            digests.put(INFO, add(zip, INFO, new ByteArrayInputStream(infoBytes.toByteArray())));
            StringBuilder manifest = new StringBuilder();
            digests.forEach((name, digest) -> manifest.append(digest).append("  ").append(name).append('\n'));
            byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
            add(zip, MANIFEST, new ByteArrayInputStream(manifestBytes));
            zip.finish();
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new Written(target, files.size(), h2Backup != null,
                    HexFormat.of().formatHex(sha256().digest(manifestBytes)));
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * Reads the whole archive and checks every entry against its manifest: each entry listed once with its digest,
     * each listed entry present, a stored file named by its own digest, nothing else in it.
     *
     * @throws BackupRefused naming the first entry that does not match; the archive is then not to be restored
     */
    static Verified verify(Path archive) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new BackupRefused("The archive " + archive + " has no " + MANIFEST + ": it is not a Huquq backup.");
            }
            Map<String, String> listed = manifest(archive, zip, manifestEntry);
            Set<String> seen = new HashSet<>();
            String databaseEntry = null;
            List<String> files = new ArrayList<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                if (entry.isDirectory() || name.equals(MANIFEST)) {
                    continue;
                }
                if (!seen.add(name)) {
                    throw mismatch(archive, name + " is in it twice");
                }
                String expected = listed.get(name);
                if (expected == null) {
                    throw mismatch(archive, name + " is not in its manifest");
                }
                String actual;
                try (InputStream in = zip.getInputStream(entry)) {
                    actual = digest(in, OutputStream.nullOutputStream());
                }
                if (!actual.equals(expected)) {
                    throw mismatch(archive, name + " does not have the SHA-256 its manifest gives");
                }
                Matcher file = STORED_FILE.matcher(name);
                if (file.matches()) {
                    if (!file.group(4).equals(file.group(1) + file.group(2)) || !file.group(3).equals(actual)) {
                        throw mismatch(archive, name + " is not named by its SHA-256");
                    }
                    files.add(name);
                } else if (DATABASE_FILE.matcher(name).matches() && databaseEntry == null) {
                    databaseEntry = name;
                } else if (!name.equals(INFO)) {
                    throw mismatch(archive, name + " has no place in a Huquq backup");
                }
            }
            for (String name : listed.keySet()) {
                if (!seen.contains(name)) {
                    throw mismatch(archive, "its manifest lists " + name + ", which it does not hold");
                }
            }
            if (!seen.contains(INFO)) {
                throw mismatch(archive, INFO + " is missing");
            }
            Properties info = new Properties();
            try (InputStream in = zip.getInputStream(zip.getEntry(INFO))) {
                info.load(in);
            }
            if (!FORMAT.equals(info.getProperty("format"))) {
                throw new BackupRefused("The archive " + archive + " has the backup format " + info.getProperty("format")
                        + "; this version of Huquq restores format " + FORMAT + ".");
            }
            return new Verified(archive, databaseEntry, List.copyOf(files), info);
        } catch (IOException e) {
            throw new BackupRefused("The archive " + archive + " cannot be read as a zip (" + e.getMessage() + ").");
        }
    }

    /**
     * Writes the verified archive's database to {@code databaseFile} and its stored files under {@code filesDir},
     * read-only as the file store keeps them, checking each digest again as it is written.
     */
    static void extract(Verified verified, Path databaseFile, Path filesDir) throws IOException {
        try (ZipFile zip = new ZipFile(verified.archive().toFile())) {
            if (verified.databaseEntry() != null) {
                copy(zip, verified.databaseEntry(), databaseFile, null);
            }
            for (String name : verified.files()) {
                Path target = filesDir.resolve(name.substring(FILES.length()));
                copy(zip, name, target, target.getFileName().toString());
                if (!target.toFile().setReadOnly()) {
                    throw new IOException("Cannot make " + target + " read-only");
                }
            }
        }
    }

    /** Creates {@code file} empty, readable and writable by its owner only where the file system has POSIX rights. */
    static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            // the umask can take rights away, never add them; set them all the same, in case an ACL default did
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        } else {
            Files.createFile(file);
        }
    }

    /** The files of the file store: {@code <aa>/<bb>/<sha256>}, skipping anything else (files being stored). */
    static List<Path> storedFiles(Path filesDir) throws IOException {
        if (!Files.isDirectory(filesDir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(filesDir, 3)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> STORED_FILE.matcher(FILES + filesDir.relativize(path).toString().replace('\\', '/'))
                            .matches())
                    .sorted().toList();
        }
    }

    private static void copy(ZipFile zip, String name, Path target, String expectedDigest) throws IOException {
        Files.createDirectories(target.getParent());
        String actual;
        try (InputStream in = zip.getInputStream(zip.getEntry(name));
                OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            actual = digest(in, out);
        }
        if (expectedDigest != null && !expectedDigest.equals(actual)) {
            throw new IOException(name + " changed while it was restored");
        }
    }

    private static Map<String, String> manifest(Path archive, ZipFile zip, ZipEntry entry) throws IOException {
        Map<String, String> listed = new TreeMap<>();
        String text;
        try (InputStream in = zip.getInputStream(entry)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String line : text.split("\n")) {
            Matcher matcher = MANIFEST_LINE.matcher(line);
            if (!matcher.matches() || listed.put(matcher.group(2), matcher.group(1)) != null) {
                throw mismatch(archive, "its manifest has a line that is not one digest and one entry: " + line);
            }
        }
        return listed;
    }

    /** Adds an entry and returns the SHA-256 of its bytes. */
    private static String add(ZipOutputStream zip, String name, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        String digest = digest(content, zip);
        zip.closeEntry();
        return digest;
    }

    private static String digest(InputStream in, OutputStream out) throws IOException {
        MessageDigest sha256 = sha256();
        new DigestInputStream(in, sha256).transferTo(out);
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static BackupRefused mismatch(Path archive, String what) {
        return new BackupRefused("The archive " + archive + " does not match its manifest: " + what
                + ". Nothing was restored.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
