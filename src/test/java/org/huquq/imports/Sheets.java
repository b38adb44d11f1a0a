package org.huquq.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Spreadsheet files made by the tests: CSV text in an encoding, and XLSX workbooks built with POI. */
final class Sheets {

    private Sheets() {
    }

    static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] withBom(byte[] utf8) {
        byte[] bytes = new byte[utf8.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bytes, 3, utf8.length);
        return bytes;
    }

    /**
     * A workbook of named sheets, each a list of rows; a cell is text, a number (a numeric cell), or a
     * {@link LocalDate} (a numeric cell formatted as a date).
     */
    static byte[] xlsx(Object... namesAndRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            for (int s = 0; s < namesAndRows.length; s += 2) {
                Sheet sheet = workbook.createSheet((String) namesAndRows[s]);
                @SuppressWarnings("unchecked")
                List<List<Object>> rows = (List<List<Object>>) namesAndRows[s + 1];
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> cells = rows.get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        Object value = cells.get(c);
                        if (value == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else {
                            cell.setCellValue(value.toString());
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
