package org.huquq.shared.spreadsheets;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel reads it: UTF-8 with a byte-order mark (without it Excel takes the bytes for the system's code page
 * and shows Cyrillic and Tajik letters as garbage), comma-separated, CRLF line ends, quotes where a cell needs them.
 */
final class CsvSpreadsheetWriter implements SpreadsheetWriter {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Writer writer;
    private final CSVPrinter printer;

    CsvSpreadsheetWriter(OutputStream out) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BYTE_ORDER_MARK);
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL);
    }

    @Override
    public void header(List<String> names) throws IOException {
        row(names);
    }

    @Override
    public void row(List<?> cells) throws IOException {
        List<String> texts = new ArrayList<>(cells.size());
        for (Object cell : cells) {
            texts.add(text(cell));
        }
        printer.printRecord(texts);
    }

    private static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof CharSequence text) {
            return SpreadsheetWriter.neutralised(text.toString());
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        if (cell instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (cell instanceof Instant instant) {
            return DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        if (cell instanceof Number || cell instanceof Boolean) {
            return cell.toString();
        }
        return SpreadsheetWriter.neutralised(cell.toString());
    }

    @Override
    public void close() throws IOException {
        // flushes, but does not close: the stream belongs to the caller (a response, a file)
        printer.flush();
        writer.flush();
    }
}
