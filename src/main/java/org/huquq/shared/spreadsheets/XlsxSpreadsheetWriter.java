package org.huquq.shared.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * XLSX through POI's streaming writer: only the last {@value #WINDOW} rows stay in memory, the others go to a
 * compressed temporary file, which {@link #close()} deletes once the workbook is written out.
 */
final class XlsxSpreadsheetWriter implements SpreadsheetWriter {

    private static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private final CellStyle headerStyle;
    private int rows;

    XlsxSpreadsheetWriter(OutputStream out, String sheetName) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
        short dateFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd");
        short dateTimeFormat = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(dateFormat);
        this.dateTimeStyle = workbook.createCellStyle();
        dateTimeStyle.setDataFormat(dateTimeFormat);
        Font bold = workbook.createFont();
        bold.setBold(true);
        this.headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
    }

    @Override
    public void header(List<String> names) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(text(names.get(i)));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    public void row(List<?> cells) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (value instanceof LocalDateTime dateTime) {
                cell.setCellValue(dateTime);
                cell.setCellStyle(dateTimeStyle);
            } else if (value instanceof Instant instant) {
                cell.setCellValue(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
                cell.setCellStyle(dateTimeStyle);
            } else if (value instanceof Number number && !(value instanceof BigInteger || value instanceof BigDecimal)) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else {
                // big numbers as text: a double would round away their last digits
                cell.setCellValue(text(value.toString()));
            }
        }
    }

    private static String text(String value) {
        String safe = SpreadsheetWriter.neutralised(value);
        if (safe != null && safe.length() > MAX_XLSX_CELL_LENGTH) {
            int end = MAX_XLSX_CELL_LENGTH - 1;
            // never half of a letter written as two chars
            end = Character.isHighSurrogate(safe.charAt(end - 1)) ? end - 1 : end;
            return safe.substring(0, end) + "…";
        }
        return safe;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.write(out);
            out.flush();
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }
}
