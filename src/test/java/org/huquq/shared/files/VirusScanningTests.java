package org.huquq.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;

import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where ClamAV is configured, every upload is scanned by the daemon before it is kept: a file with malware is refused
 * naming what was found, and while the daemon cannot be asked no file is kept at all. The tests tagged
 * {@code clamav} talk to a real clamd ({@code HUQUQ_CLAMAV}, 127.0.0.1:3310 by default) whose signatures include
 * the EICAR test string; {@code .ci/run} starts one.
 */
class VirusScanningTests {

    /** The EICAR anti-virus test string, in two halves so that no scanner takes this source for malware. */
    static final byte[] EICAR = ("X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*")
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path directory;

    @Test
    void whileClamAvCannotBeAskedNoFileIsKept() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        FileStore store = store("127.0.0.1:" + closedPort);
        assertRefused(store, FileStoreTests.PDF, "shared.files.error.scanUnavailable");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    @Tag("clamav")
    void aPdfCarryingMalwareIsRefusedNamingItAndACleanOneIsKept() throws IOException {
        FileStore store = store(System.getenv().getOrDefault("HUQUQ_CLAMAV", "127.0.0.1:3310"));
        byte[] infected = pdfWithComment(EICAR);
        FieldProblem problem = assertRefused(store, infected, "shared.files.error.malware");
        assertThat(problem.arguments()).singleElement().asString().containsIgnoringCase("eicar");
        assertThat(storedFiles()).isEmpty();

        StoredFile clean = store.store(new ByteArrayInputStream(FileStoreTests.PDF), "скан.pdf", FileTypes.DOCUMENTS,
                FileStoreTests.LIMIT);
        assertThat(store.verify(clean.sha256())).isTrue();
    }

    private FileStore store(String clamd) {
        return new FileStore(directory.toString(), Optional.of(new ClamAvScanner(clamd, Duration.ofSeconds(20))));
    }

    private static FieldProblem assertRefused(FileStore store, byte[] content, String messageKey) {
        var refusal = assertThatThrownBy(() -> store.store(new ByteArrayInputStream(content), "скан.pdf",
                FileTypes.DOCUMENTS, FileStoreTests.LIMIT)).isInstanceOf(InvalidInputException.class).actual();
        FieldProblem problem = ((InvalidInputException) refusal).problems().get(0);
        assertThat(problem.field()).isEqualTo(FileStore.FIELD);
        assertThat(problem.messageKey()).isEqualTo(messageKey);
        return problem;
    }

    /** The one-page PDF with a comment line after its header: still a PDF, carrying {@code comment}. */
    private static byte[] pdfWithComment(byte[] comment) {
        byte[] header = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        byte[] rest = new String(FileStoreTests.PDF, StandardCharsets.US_ASCII).substring("%PDF-1.4".length())
                .getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[header.length + comment.length + rest.length];
        System.arraycopy(header, 0, pdf, 0, header.length);
        System.arraycopy(comment, 0, pdf, header.length, comment.length);
        System.arraycopy(rest, 0, pdf, header.length + comment.length, rest.length);
        return pdf;
    }

    private Stream<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList().stream();
        }
    }
}
