package org.huquq.shared.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps original files, each once, read-only, under its SHA-256 in {@code huquq.files.dir}
 * ({@code <dir>/<sha[0..2]>/<sha[2..4]>/<sha>}). The media type comes from the bytes (Apache Tika's magic numbers);
 * the name a file was uploaded under is only checked against it. Nothing but whole, accepted, synced files ever
 * appears under a hash, so a reader never sees a partly written one.
 */
@Component
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    /** The field refusals name: the upload's file input. */
    public static final String FIELD = "file";

    private static final String ERROR = "shared.files.error.";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int BUFFER = 64 * 1024;
    private static final double MEGABYTE = 1024 * 1024;

    /** Zip-based formats that Tika's core tells apart only by name: here by the part each one must contain. */
    private static final Map<String, MediaType> OOXML_MAIN_PARTS = Map.of(
            "word/document.xml", MediaType.parse(FileTypes.DOCX),
            "xl/workbook.xml", MediaType.parse("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            "ppt/presentation.xml", MediaType.parse("application/vnd.openxmlformats-officedocument.presentationml.presentation"));
    private static final Set<MediaType> ZIP_CONTAINERS = Set.of(MediaType.APPLICATION_ZIP,
            MediaType.application("x-tika-ooxml"));

    private final Path root;
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    /** Scans every file before it is kept, when ClamAV is configured; {@code null} otherwise. */
    private final ClamAvScanner scanner;

    FileStore(@Value("${huquq.files.dir}") String directory, Optional<ClamAvScanner> scanner) {
        this.root = Path.of(directory).toAbsolutePath().normalize();
        this.scanner = scanner.orElse(null);
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file store at " + this.root, e);
        }
    }

    /**
     * Reads {@code content} to its end (the caller closes it) and keeps it, unless it is empty, longer than
     * {@code maxBytes} (reading stops there), of a type not in {@code allowedMediaTypes}, or named as another type
     * than it is (a PNG named {@code scan.pdf}; a name without extension claims nothing), or, where ClamAV is
     * configured, found to hold malware or not scanned at all. The same content stored again is kept once and gives
     * the same answer.
     *
     * @throws InvalidInputException on field {@value #FIELD} for each refusal; nothing is left behind
     */
    public StoredFile store(InputStream content, String declaredName, Set<String> allowedMediaTypes, long maxBytes) {
        Path temp = null;
        try {
            temp = Files.createTempFile(root, "incoming-", ".part");
            MessageDigest digest = sha256();
            long size;
            MediaType type;
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                size = copy(content, out, digest, maxBytes);
                if (size == 0) {
                    throw refusal("empty");
                }
                scan(temp);
                type = sniff(temp);
                MediaType claimed = claimedBy(declaredName);
                if (claimed != null && !claimed.equals(type)
                        && !mimeTypes.getMediaTypeRegistry().isSpecializationOf(type, claimed)) {
                    throw refusal("typeMismatch", type.toString(), claimed.toString());
                }
                if (!accepted(allowedMediaTypes).contains(type)) {
                    throw refusal("typeNotAccepted", type.toString());
                }
                out.force(true);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = pathOf(sha256);
            if (!Files.exists(target)) {
                keep(temp, target);
            }
            return new StoredFile(sha256, size, type.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Refuses a file in which ClamAV finds malware, and every file while ClamAV cannot be asked. */
    private void scan(Path file) {
        if (scanner == null) {
            return;
        }
        Optional<String> malware;
        try {
            malware = scanner.scan(file);
        } catch (ClamAvScanner.ScanUnavailableException e) {
            log.warn("an upload was refused: it could not be scanned ({})", e.getMessage());
            throw refusal("scanUnavailable");
        }
        if (malware.isPresent()) {
            log.warn("an upload was refused: ClamAV found {}", malware.get());
            throw refusal("malware", malware.get());
        }
    }

    /**
     * The stored bytes; the caller closes the stream.
     *
     * @throws NotFoundException when no file has this hash, or the argument is not a SHA-256 in hex
     */
    public InputStream open(String sha256) {
        String id = sha256 == null ? "" : sha256.toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(id).matches()) {
            throw new NotFoundException("file", sha256);
        }
        try {
            return Files.newInputStream(pathOf(id));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("file", sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the stored file again and says whether its bytes still have this hash, i.e. it is unchanged since it was
     * stored.
     *
     * @throws NotFoundException as {@link #open(String)}
     */
    public boolean verify(String sha256) {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(open(sha256), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest()).equalsIgnoreCase(sha256);
    }

    Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    /** Copies at most {@code maxBytes}: one byte more and the file is refused without reading further. */
    private static long copy(InputStream in, FileChannel out, MessageDigest digest, long maxBytes) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        int read;
        while ((read = in.read(buffer, 0, (int) Math.min(buffer.length - 1, maxBytes - total) + 1)) >= 0) {
            total += read;
            if (total > maxBytes) {
                throw refusal("tooLarge", maxBytes / MEGABYTE);
            }
            digest.update(buffer, 0, read);
            ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
            while (chunk.hasRemaining()) {
                out.write(chunk);
            }
        }
        return total;
    }

    private MediaType sniff(Path file) throws IOException {
        MediaType type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = mimeTypes.detect(in, new Metadata());
        }
        if (ZIP_CONTAINERS.contains(type)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                for (Map.Entry<String, MediaType> part : OOXML_MAIN_PARTS.entrySet()) {
                    if (zip.getEntry(part.getKey()) != null) {
                        return part.getValue();
                    }
                }
            } catch (IOException notAZip) {
                // the magic number of a zip, but not a readable one: it stays what the magic number says
            }
        }
        return type;
    }

    /** The type the name's extension stands for, or null when it has none or an unknown one. */
    private MediaType claimedBy(String declaredName) throws IOException {
        String name = declaredName == null ? "" : declaredName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || dot == name.length() - 1) {
            return null;
        }
        // only the extension goes to Tika, which would read '#' or '?' elsewhere in a name as part of a URL
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, "file" + name.substring(dot).toLowerCase(Locale.ROOT));
        MediaType claimed = mimeTypes.detect(null, metadata);
        return MediaType.OCTET_STREAM.equals(claimed) ? null : claimed;
    }

    private Set<MediaType> accepted(Set<String> allowedMediaTypes) {
        return allowedMediaTypes.stream()
                .map(type -> mimeTypes.getMediaTypeRegistry().normalize(MediaType.parse(type)))
                .collect(Collectors.toSet());
    }

    /** Makes the synced file read-only and moves it under its hash in one step; then syncs the directories. */
    private void keep(Path temp, Path target) throws IOException {
        if (!temp.toFile().setReadOnly()) {
            throw new IOException("Cannot make " + temp + " read-only");
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameContentStoredMeanwhile) {
            return;
        }
        for (Path directory : List.of(target.getParent(), target.getParent().getParent(), root)) {
            syncDirectory(directory);
        }
    }

    /** Without it a crash can forget a rename that was done. Not every system lets a directory be synced. */
    private static void syncDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException unsupported) {
            // Windows cannot open a directory as a channel; its file system orders the rename itself
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a stray temporary file holds nothing anyone refers to; the original failure matters more
        }
    }

    private static InvalidInputException refusal(String reason, Object... arguments) {
        return new InvalidInputException(List.of(new FieldProblem(FIELD, ERROR + reason, List.of(arguments))));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
