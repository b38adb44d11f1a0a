package org.huquq.shared.spreadsheets;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes one table, row after row, to a stream: a header row of names, then rows whose cells are text
 * ({@link CharSequence}), dates ({@link java.time.LocalDate}, {@link java.time.LocalDateTime},
 * {@link java.time.Instant} in UTC), numbers ({@link Number}), booleans or {@code null} (an empty cell); anything else
 * is written as its {@code toString()}. Text that a spreadsheet program would run as a formula (starting with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return) is written with a leading apostrophe, as OWASP
 * advises against CSV injection; typed numbers and dates are written as such. Only a bounded number of rows is kept
 * in memory, however many are written. {@link #close()} finishes the file and releases what the writer holds, but
 * leaves the stream open: the caller owns it.
 */
public interface SpreadsheetWriter extends Closeable {

    /** The largest text an XLSX cell holds (Excel's limit); longer text is cut there and ends with an ellipsis. */
    int MAX_XLSX_CELL_LENGTH = 32_767;

    /** Starts a table in {@code format} on {@code out}; {@code sheetName} names the XLSX sheet (CSV has none). */
    static SpreadsheetWriter open(SpreadsheetFormat format, OutputStream out, String sheetName) throws IOException {
        return switch (format) {
            case CSV -> new CsvSpreadsheetWriter(out);
            case XLSX -> new XlsxSpreadsheetWriter(out, sheetName);
        };
    }

    /** Writes the header row; call it once, first. */
    void header(List<String> names) throws IOException;

    /** Writes one row of cells, in the order of the header. */
    void row(List<?> cells) throws IOException;

    /** Finishes the table and writes what is left of it to the stream, which stays open. */
    @Override
    void close() throws IOException;

    /**
     * The text as it is safe to write into a cell: with an apostrophe before a leading {@code =}, {@code +},
     * {@code -}, {@code @}, tab or carriage return, unchanged otherwise.
     */
    static String neutralised(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }
}
