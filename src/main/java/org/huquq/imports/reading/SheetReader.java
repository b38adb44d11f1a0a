package org.huquq.imports.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Reads the rows of a spreadsheet file one at a time, however large: CSV through Commons CSV over a decoding reader,
 * XLSX through POI's SAX event API (the sheet's XML is parsed as it streams, never built into a workbook).
 */
public final class SheetReader {

    private SheetReader() {
    }

    /** The format of a file whose content was sniffed as {@code mediaType}. */
    public enum Format {
        CSV, XLSX
    }

    /**
     * Hands each row of the file (the chosen sheet of an XLSX, the first when {@code sheet} is null or blank) to
     * {@code handler}, in order, until the handler answers false or the rows end. {@code content} opens the file's
     * bytes afresh each time it is called (a CSV is read twice: once to tell its encoding, once for its rows).
     *
     * @throws UnreadableSheetException when the file cannot be read as its format (a broken zip, a sheet that does
     *                                  not exist)
     */
    public static void read(Format format, Supplier<InputStream> content, String sheet, Predicate<SheetRow> handler) {
        try {
            switch (format) {
            case CSV -> CsvRows.read(content, handler);
            case XLSX -> withTempFile(content, file -> {
                XlsxRows.read(file, sheet, handler);
                return null;
            });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of an XLSX file's sheets in their order; a CSV has one, unnamed: the list is empty. */
    public static List<String> sheetNames(Format format, Supplier<InputStream> content) {
        if (format == Format.CSV) {
            return List.of();
        }
        try {
            return withTempFile(content, XlsxRows::sheetNames);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row that is not empty, or null when there is none: the header of a list. */
    public static SheetRow header(Format format, Supplier<InputStream> content, String sheet) {
        SheetRow[] header = new SheetRow[1];
        read(format, content, sheet, row -> {
            if (row.isEmpty()) {
                return true;
            }
            header[0] = row;
            return false;
        });
        return header[0];
    }

    private interface FileWork<T> {
        T apply(Path file) throws IOException;
    }

    /**
     * POI reads a package from a file by seeking in it; from a stream it would first hold every part in memory. The
     * stored original is copied to a temporary file for the read, and the copy deleted after it.
     */
    private static <T> T withTempFile(Supplier<InputStream> content, FileWork<T> work) throws IOException {
        Path temp = Files.createTempFile("huquq-import-", ".xlsx");
        try {
            try (InputStream in = content.get()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            return work.apply(temp);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
