package org.huquq.imports.reading;

import java.util.List;

/**
 * One row of a sheet as read: its number as a spreadsheet program shows it (the first row is 1) and its cells as
 * text, in column order (a missing cell is an empty string). Dates of XLSX cells formatted as dates are ISO
 * ({@code 1985-03-07}); numbers are written plainly ({@code 12345678}, not {@code 1.2345678E7}).
 */
public record SheetRow(int number, List<String> cells) {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** Whether no cell holds anything but spaces. */
    public boolean isEmpty() {
        return cells.stream().allMatch(String::isBlank);
    }

    /** The cell of column {@code index} (from 0), empty when the row is shorter. */
    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }
}
