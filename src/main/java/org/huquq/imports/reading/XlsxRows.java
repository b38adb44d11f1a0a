package org.huquq.imports.reading;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * XLSX rows through POI's event API: the sheet's XML is parsed as a SAX stream, row by row. Cells formatted as dates
 * come out as ISO dates, other numbers in plain notation; text as it is (shared strings are read once per file).
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static List<String> sheetNames(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (OPCPackage pkg = open(file)) {
            XSSFReader.SheetIterator sheets = sheets(pkg);
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
        }
        return names;
    }

    static void read(Path file, String sheet, Predicate<SheetRow> handler) throws IOException {
        try (OPCPackage pkg = open(file)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = sheets(pkg);
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    if (sheet == null || sheet.isBlank() || sheets.getSheetName().equals(sheet.strip())) {
                        parse(in, styles, strings, handler);
                        return;
                    }
                }
            }
            throw new UnreadableSheetException("imports.error.noSuchSheet", List.of(sheet == null ? "" : sheet), null);
        } catch (OpenXML4JException | SAXException e) {
            throw new UnreadableSheetException("imports.error.xlsxBroken", List.of(), e);
        }
    }

    private static void parse(InputStream sheet, StylesTable styles, ReadOnlySharedStringsTable strings,
            Predicate<SheetRow> handler) throws IOException, SAXException {
        Rows rows = new Rows(handler);
        XMLReader parser;
        try {
            parser = XMLHelper.newXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser POI needs is missing", e);
        }
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
        try {
            parser.parse(new InputSource(sheet));
        } catch (StoppedRows stopped) {
            // the handler had read what it wanted
        }
    }

    private static OPCPackage open(Path file) throws IOException {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | NotOfficeXmlFileException e) {
            throw new UnreadableSheetException("imports.error.xlsxBroken", List.of(), e);
        }
    }

    private static XSSFReader.SheetIterator sheets(OPCPackage pkg) throws IOException {
        try {
            return (XSSFReader.SheetIterator) new XSSFReader(pkg).getSheetsData();
        } catch (OpenXML4JException e) {
            throw new UnreadableSheetException("imports.error.xlsxBroken", List.of(), e);
        }
    }

    private static final class Rows implements SheetContentsHandler {

        private final Predicate<SheetRow> handler;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        Rows(Predicate<SheetRow> handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!handler.test(new SheetRow(rowNum + 1, cells))) {
                throw new StoppedRows();
            }
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
            nextColumn = column + 1;
        }
    }

    /** Ends the SAX parse once the handler wants no more rows, thrown through the parser from the content handler. */
    private static final class StoppedRows extends RuntimeException {
        StoppedRows() {
            super("enough rows read", null, false, false);
        }
    }

    /** Dates as ISO dates (a time only when there is one), other numbers plainly, whatever the cell's format. */
    private static final class IsoDates extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString,
                boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.toLocalDate().toString()
                        : dateTime.toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
