package org.huquq.shared.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The file store on real files in a temporary directory, with real documents made by the tests. */
public class FileStoreTests {

    static final long LIMIT = 25L * 1024 * 1024;

    /** A one-page PDF; the cross-reference offsets are the byte positions of its three objects. */
    public static final byte[] PDF = ("%PDF-1.4\n"
            + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
            + "xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000058 00000 n \n0000000115 00000 n \n"
            + "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n186\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path directory;

    FileStore store;

    @BeforeEach
    void openStore() {
        store = new FileStore(directory.toString(), java.util.Optional.empty());
    }

    StoredFile store(byte[] content, String name) {
        return store.store(new ByteArrayInputStream(content), name, FileTypes.DOCUMENTS, LIMIT);
    }

    @Test
    void keepsAFileReadOnlyUnderItsSha256() throws IOException {
        StoredFile stored = store("abc".getBytes(StandardCharsets.US_ASCII), "note.txt");

        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertThat(stored).isEqualTo(new StoredFile(abc, 3, FileTypes.TEXT));
        Path kept = directory.resolve("ba").resolve("78").resolve(abc);
        assertThat(kept).hasContent("abc");
        assertThat(Files.getPosixFilePermissions(kept)).doesNotContain(PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);
        try (InputStream in = store.open(abc)) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(store.verify(abc)).isTrue();
    }

    static Stream<Arguments> documents() throws IOException {
        return Stream.of(
                Arguments.of(PDF, "letter.pdf", FileTypes.PDF),
                Arguments.of(image("png"), "scan.png", FileTypes.PNG),
                Arguments.of(image("jpeg"), "scan.JPG", FileTypes.JPEG),
                Arguments.of(image("tiff"), "scan.tif", FileTypes.TIFF),
                Arguments.of(docx(), "letter.docx", FileTypes.DOCX),
                Arguments.of(odt(), "letter.odt", FileTypes.ODT),
                Arguments.of("Салом! Ҷавоб ба мактуби шумо.\n".getBytes(StandardCharsets.UTF_8), "reply.txt", FileTypes.TEXT));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("documents")
    void recognisesEachKindOfDocumentByItsContentWithOrWithoutAName(byte[] content, String name, String type) {
        assertThat(store(content, name).mediaType()).isEqualTo(type);
        assertThat(store(content, "scan from the copier").mediaType()).isEqualTo(type);
        assertThat(store(content, null).mediaType()).isEqualTo(type);
    }

    @Test
    void acceptsAPdfWithATajikName() {
        StoredFile stored = store(PDF, "Мактуби ғӯқҷ.pdf");

        assertThat(stored.mediaType()).isEqualTo(FileTypes.PDF);
        assertThat(stored.size()).isEqualTo(PDF.length);
    }

    @Test
    void refusesAPngNamedAsAPdfNamingBothTypesInEveryLanguage() throws IOException {
        FieldProblem problem = refusal(image("png"), "scan.pdf");

        assertThat(problem.field()).isEqualTo("file");
        assertThat(problem.arguments()).containsExactly("image/png", "application/pdf");
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/shared");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (String language : List.of("en", "ru", "tg")) {
            assertThat(messages.getMessage(problem.messageKey(), problem.argumentArray(), Locale.forLanguageTag(language)))
                    .as(language).contains("image/png", "application/pdf").doesNotContain("{");
        }
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void refusesTextNamedAsAPdf() {
        FieldProblem problem = refusal("Dear Sir, please find attached...".getBytes(StandardCharsets.UTF_8), "letter.pdf");

        assertThat(problem.messageKey()).isEqualTo("shared.files.error.typeMismatch");
        assertThat(problem.arguments()).containsExactly("text/plain", "application/pdf");
    }

    @Test
    void refusesAZipNamedAsAWordDocument() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("photos/1.jpg"));
            zip.write(image("jpeg"));
        }

        assertThat(refusal(bytes.toByteArray(), "letter.docx").arguments())
                .containsExactly("application/zip", FileTypes.DOCX);
    }

    @Test
    void refusesATypeTheCallerDoesNotAccept() throws IOException {
        byte[] png = image("png");

        assertThatThrownBy(() -> store.store(new ByteArrayInputStream(png), "photo.png", Set.of(FileTypes.PDF), LIMIT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .returns("shared.files.error.typeNotAccepted", FieldProblem::messageKey)
                        .extracting(FieldProblem::arguments, LIST).containsExactly(FileTypes.PNG));
        assertThat(refusal(new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 }, "setup").messageKey())
                .isEqualTo("shared.files.error.typeNotAccepted");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void stopsReadingATooLargeStreamAndLeavesNothingBehind() throws IOException {
        long limit = 100_000;
        CountingZeros endless = new CountingZeros();

        assertThatThrownBy(() -> store.store(endless, "big.txt", FileTypes.DOCUMENTS, limit))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement()
                        .returns("file", FieldProblem::field)
                        .returns("shared.files.error.tooLarge", FieldProblem::messageKey));
        assertThat(endless.read).isEqualTo(limit + 1);
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] content = "x".repeat(1000).getBytes(StandardCharsets.US_ASCII);

        assertThat(store.store(new ByteArrayInputStream(content), "x.txt", FileTypes.DOCUMENTS, 1000).size())
                .isEqualTo(1000);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        assertThat(refusal(new byte[0], "empty.pdf").messageKey()).isEqualTo("shared.files.error.empty");
        assertThat(storedFiles()).isEmpty();
    }

    @Test
    void keepsTheSameContentOnce() throws IOException {
        StoredFile first = store(PDF, "letter.pdf");
        StoredFile second = store(PDF, "copy of the letter.pdf");

        assertThat(second).isEqualTo(first);
        assertThat(storedFiles()).containsExactly(store.pathOf(first.sha256()));
    }

    @Test
    void verifyFindsAFileChangedOnDisk() throws IOException {
        StoredFile stored = store(PDF, "letter.pdf");
        Path kept = store.pathOf(stored.sha256());
        assertThat(store.verify(stored.sha256())).isTrue();

        assertThat(kept.toFile().setWritable(true)).isTrue();
        try (RandomAccessFile file = new RandomAccessFile(kept.toFile(), "rw")) {
            file.seek(20);
            int original = file.read();
            file.seek(20);
            file.write(original ^ 1);
        }

        assertThat(store.verify(stored.sha256())).isFalse();
    }

    @Test
    void opensNothingButAStoredHash() throws IOException {
        Files.writeString(directory.resolve("secret.txt"), "not a stored file");
        String absent = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

        for (String bad : new String[] { "../secret.txt", "secret.txt", "", null, absent.substring(1) + "/",
                "../../" + absent.substring(6) }) {
            assertThatThrownBy(() -> store.open(bad)).as(bad).isInstanceOf(NotFoundException.class);
        }
        assertThatThrownBy(() -> store.open(absent)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.verify(absent)).isInstanceOf(NotFoundException.class);
    }

    FieldProblem refusal(byte[] content, String name) {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, () -> store(content, name));
        assertThat(refused).as("refused " + name).isNotNull();
        return refused.problems().get(0);
    }

    /** Every regular file under the store's directory: kept files and any temporary file left behind. */
    List<Path> storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("secret.txt"))
                    .toList();
        }
    }

    public static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xFFFFFF);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, bytes)).as(format).isTrue();
        return bytes.toByteArray();
    }

    /** The three parts Word needs, in the order Word writes them. */
    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                    <Default Extension="xml" ContentType="application/xml"/>\
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
                    <w:body><w:p><w:r><w:t>Мактуб</w:t></w:r></w:p></w:body></w:document>""");
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument text: its first entry, stored uncompressed, names its type. */
    static byte[] odt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] mimetype = FileTypes.ODT.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            entry(zip, "content.xml", """
                    <?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">\
                    <office:body><office:text><text:p>Мактуб</text:p></office:text></office:body></office:document-content>""");
        }
        return bytes.toByteArray();
    }

    static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** An endless stream of zeros that counts what was read from it. */
    static final class CountingZeros extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            read += length;
            return length;
        }
    }
}
