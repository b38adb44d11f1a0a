package org.huquq.imports.reading;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV rows. The encoding is told from the bytes: a byte-order mark says UTF-8 or UTF-16; otherwise a file whose
 * every byte sequence is valid UTF-8 is UTF-8, and any other is Windows-1251 (what Excel saves "CSV" in on a Russian
 * or Tajik Windows). The separator is the one of comma, semicolon and tab that the first lines use most, outside
 * quotes. Quoted cells may hold separators, quotes (doubled) and line breaks. Row numbers count records as a
 * spreadsheet program shows them, empty lines included.
 */
final class CsvRows {

    static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final char[] SEPARATORS = { ',', ';', '\t' };

    private CsvRows() {
    }

    static void read(Supplier<InputStream> content, Predicate<SheetRow> handler) throws IOException {
        Charset charset;
        int bom;
        try (InputStream in = new BufferedInputStream(content.get())) {
            in.mark(4);
            byte[] head = in.readNBytes(3);
            in.reset();
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                charset = StandardCharsets.UTF_8;
                bom = 3;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
                charset = StandardCharsets.UTF_16LE;
                bom = 2;
            } else if (head.length >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
                charset = StandardCharsets.UTF_16BE;
                bom = 2;
            } else {
                charset = isUtf8(in) ? StandardCharsets.UTF_8 : WINDOWS_1251;
                bom = 0;
            }
        }
        char separator;
        try (Reader sample = reader(content, charset, bom)) {
            char[] buffer = new char[SAMPLE_CHARS];
            int read = sample.read(buffer);
            separator = separator(read < 0 ? "" : new String(buffer, 0, read));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setQuote('"')
                .setIgnoreEmptyLines(false).setTrim(false).get();
        try (Reader reader = reader(content, charset, bom); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                if (!handler.test(new SheetRow((int) record.getRecordNumber(), cells))) {
                    return;
                }
            }
        } catch (UncheckedIOException e) {
            // Commons CSV reports a quote left open at the end of the file this way
            throw new UnreadableSheetException("imports.error.csvBroken", List.of(), e);
        }
    }

    private static Reader reader(Supplier<InputStream> content, Charset charset, int bom) throws IOException {
        InputStream in = content.get();
        try {
            in.skipNBytes(bom);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    /** Whether the whole stream decodes as UTF-8 without a single malformed sequence. */
    static boolean isUtf8(InputStream in) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        byte[] chunk = new byte[32 * 1024];
        int read;
        while ((read = in.read(chunk, 0, Math.min(chunk.length, bytes.remaining()))) >= 0) {
            bytes.put(chunk, 0, read);
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, false);
            if (result.isError()) {
                return false;
            }
            chars.clear();
            bytes.compact();
        }
        bytes.flip();
        CoderResult end = decoder.decode(bytes, chars, true);
        return !end.isError() && !bytes.hasRemaining();
    }

    /** The separator used most consistently on the first lines, outside quotes; a comma when none is. */
    static char separator(String sample) {
        List<int[]> counts = new ArrayList<>();
        int[] line = new int[SEPARATORS.length];
        boolean quoted = false;
        for (int i = 0; i < sample.length() && counts.size() < 20; i++) {
            char c = sample.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (c == '\r' && i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
                    i++;
                }
                counts.add(line);
                line = new int[SEPARATORS.length];
            } else if (!quoted) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        line[s]++;
                    }
                }
            }
        }
        counts.add(line);
        char best = ',';
        int bestScore = 0;
        for (int s = 0; s < SEPARATORS.length; s++) {
            // lines that use the separator as often as the first line does: a header and its rows agree
            int first = counts.get(0)[s];
            int score = 0;
            for (int[] count : counts) {
                if (first > 0 && count[s] == first) {
                    score += first;
                }
            }
            if (score > bestScore) {
                best = SEPARATORS[s];
                bestScore = score;
            }
        }
        return best;
    }
}
