package org.huquq.shared.spreadsheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huquq.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** Tables written by the writer and read back by Commons CSV and POI, as Excel or a script would read them. */
class SpreadsheetWriterTests {

    private static final String TAJIK = "Ғафуров Ӣсмоил Қодирович Ӯктам Ҳамза Ҷӯраев";

    @Test
    void csvKeepsTajikLettersAndStartsWithAByteOrderMarkForExcel() throws IOException {
        byte[] csv = write(SpreadsheetFormat.CSV, List.of("Ном", "Санаи таваллуд", "Сол"),
                List.of(List.of(TAJIK, LocalDate.of(1985, 3, 7), 39)));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = readCsv(csv);
        assertThat(records.get(0).toList()).containsExactly("Ном", "Санаи таваллуд", "Сол");
        assertThat(records.get(1).toList()).containsExactly(TAJIK, "1985-03-07", "39");
    }

    @Test
    void csvQuotesSeparatorsQuotesAndLineBreaksInsideACell() throws IOException {
        String awkward = "Colony \"YAS 3/1\", block 2\nsecond line";
        byte[] csv = write(SpreadsheetFormat.CSV, List.of("Place"), List.of(List.of(awkward)));

        assertThat(readCsv(csv).get(1).get(0)).isEqualTo(awkward);
    }

    @Test
    void neutralisesFormulaInjectionInBothFormats() throws IOException {
        List<String> attacks = List.of("=HYPERLINK(\"http://evil\")", "+1+2", "-2+3+cmd|' /C calc'!A0", "@SUM(1)",
                "\tindented", "\rreturn");
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            byte[] file = write(format, List.of("a", "b", "c", "d", "e", "f"), List.of(attacks));
            List<String> written = format == SpreadsheetFormat.CSV ? readCsv(file).get(1).toList()
                    : readXlsx(file).get(1);
            assertThat(written).as(format.name()).containsExactly("'=HYPERLINK(\"http://evil\")", "'+1+2",
                    "'-2+3+cmd|' /C calc'!A0", "'@SUM(1)", "'\tindented", "'\rreturn");
        }
    }

    @Test
    void leavesTypedNegativeNumbersAndHarmlessTextAlone() throws IOException {
        byte[] csv = write(SpreadsheetFormat.CSV, List.of("n", "t"), List.of(List.of(-5, "a-b=c")));

        assertThat(readCsv(csv).get(1).toList()).containsExactly("-5", "a-b=c");
    }

    @Test
    void xlsxKeepsTajikLettersDatesAndNumbersAsTheirTypes() throws IOException {
        byte[] xlsx = write(SpreadsheetFormat.XLSX, List.of("Ном", "Санаи таваллуд", "Сол"),
                List.of(List.of(TAJIK, LocalDate.of(1985, 3, 7), 39)));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Рӯйхат");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(TAJIK);
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(1))).isTrue();
            assertThat(row.getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(1985, 3, 7));
            assertThat(row.getCell(2).getNumericCellValue()).isEqualTo(39.0);
        }
    }

    @Test
    void xlsxStreamsManyRowsAndLeavesNoTemporaryFileBehind() throws IOException {
        Path tempDir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        long before = countFiles(tempDir);
        List<List<?>> rows = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            rows.add(List.of("Бобозода Умед " + i, i));
        }

        byte[] xlsx = write(SpreadsheetFormat.XLSX, List.of("Name", "No"), rows);

        List<List<String>> read = readXlsx(xlsx);
        assertThat(read).hasSize(5_001);
        assertThat(read.get(5_000)).containsExactly("Бобозода Умед 4999", "4999");
        assertThat(countFiles(tempDir)).isEqualTo(before);
    }

    @Test
    void xlsxCutsTextLongerThanACellHolds() throws IOException {
        byte[] xlsx = write(SpreadsheetFormat.XLSX, List.of("Long"), List.of(List.of("ҷ".repeat(100_000))));

        String cell = readXlsx(xlsx).get(1).get(0);
        assertThat(cell).hasSize(SpreadsheetWriter.MAX_XLSX_CELL_LENGTH).endsWith("…").startsWith("ҷҷҷ");
    }

    @Test
    void downloadIsAnAttachmentUnderASafeNameInBothFormats() throws IOException {
        MockHttpServletResponse response = new MockHttpServletResponse();

        SpreadsheetDownloads.send(response, SpreadsheetFormat.of("XLSX"), "../Рӯйхат\u202Egpj.exe", sheet -> {
            sheet.header(List.of("Ном"));
            sheet.row(List.of(TAJIK));
        });

        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).startsWith("attachment; filename=\"")
                .contains("filename*=UTF-8''%D0%A0%D3%AF%D0%B9%D1%85%D0%B0%D1%82gpj.exe.xlsx")
                .doesNotContain("..").doesNotContain("%E2%80%AE").doesNotContain("/");
        assertThat(readXlsx(response.getContentAsByteArray()).get(1)).containsExactly(TAJIK);
        assertThat(SpreadsheetDownloads.contentDisposition("places", SpreadsheetFormat.CSV))
                .isEqualTo("attachment; filename=\"places.csv\"; filename*=UTF-8''places.csv");
    }

    @Test
    void refusesAFormatItDoesNotWriteNamingTheParameter() {
        for (String wrong : Arrays.asList("pdf", "", null)) {
            assertThatThrownBy(() -> SpreadsheetFormat.of(wrong)).isInstanceOfSatisfying(InvalidInputException.class,
                    e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("format");
                        assertThat(p.messageKey()).isEqualTo("shared.spreadsheets.error.format");
                    }));
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        for (SpreadsheetFormat format : SpreadsheetFormat.values()) {
            ClosingTrackedStream out = new ClosingTrackedStream();
            try (SpreadsheetWriter sheet = SpreadsheetWriter.open(format, out, "s")) {
                sheet.header(List.of("a"));
            }
            assertThat(out.closed).as(format.name()).isFalse();
            assertThat(out.size()).isPositive();
        }
    }

    private static byte[] write(SpreadsheetFormat format, List<String> header, List<? extends List<?>> rows)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SpreadsheetWriter sheet = SpreadsheetWriter.open(format, out, "Рӯйхат")) {
            sheet.header(header);
            for (List<?> row : rows) {
                sheet.row(row);
            }
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> readCsv(byte[] csv) throws IOException {
        // Commons CSV does not skip the byte-order mark itself; Excel does
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(new ByteArrayInputStream(
                text.substring(1).getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8), CSVFormat.EXCEL)) {
            return parser.getRecords();
        }
    }

    private static List<List<String>> readXlsx(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static long countFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    private static final class ClosingTrackedStream extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
