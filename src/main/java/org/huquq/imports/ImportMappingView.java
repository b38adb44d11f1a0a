package org.huquq.imports;

import java.util.List;

/**
 * The mapping step: the sheets of the file (none for a CSV), the sheet read, its header row with the field each
 * column is mapped to (remembered from the last file with the same header, else guessed from the header's words),
 * the fields a list of this kind can hold, and the first rows as a sample.
 */
public record ImportMappingView(ImportView importView, List<String> sheets, List<Column> columns,
        List<ImportField> fields, List<List<String>> sample) {

    /** A column: its index from 0, its letter, its header and the field it is mapped to (null: not imported). */
    public record Column(int index, String letter, String header, ImportField field) {
    }
}
