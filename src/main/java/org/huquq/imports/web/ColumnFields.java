package org.huquq.imports.web;

import java.util.ArrayList;
import java.util.List;

import org.huquq.imports.ImportField;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;

/** A mapping as a form or a JSON body sends it: a field's name per column, empty for a column not imported. */
final class ColumnFields {

    private ColumnFields() {
    }

    /**
     * The fields, {@code null} for an empty entry.
     *
     * @throws InvalidInputException naming {@code columns[i]} for each entry that names no field
     */
    static List<ImportField> parse(List<String> columns) {
        if (columns == null) {
            return null;
        }
        List<ImportField> fields = new ArrayList<>(columns.size());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            String value = columns.get(i) == null ? "" : columns.get(i).strip();
            try {
                fields.add(value.isEmpty() ? null : ImportField.valueOf(value));
            } catch (IllegalArgumentException unknown) {
                problems.add(new FieldProblem("columns[" + i + "]", "imports.error.unknownField"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return fields;
    }
}
