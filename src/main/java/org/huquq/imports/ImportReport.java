package org.huquq.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.imports.domain.ImportRow;
import org.huquq.imports.domain.ImportRowRepository;
import org.huquq.imports.domain.SpreadsheetImport;
import org.huquq.imports.reading.SheetReader;
import org.huquq.imports.reading.SheetRow;
import org.huquq.people.PersonManagement;
import org.huquq.shared.files.FileStore;
import org.huquq.shared.spreadsheets.SpreadsheetWriter;
import org.springframework.data.domain.PageRequest;

/**
 * The dry run's report as a spreadsheet: every row of the file with its columns as they are, followed by the row's
 * number, its outcome, the matched name and score (only for persons the reader may read), and the reason: the row
 * it repeats, the column and problem that refuse it, or how many candidates wait for a choice. Written as the file
 * is read again, in batches, so that no list is held whole.
 */
final class ImportReport {

    private static final int BATCH = 500;

    private ImportReport() {
    }

    static void write(SpreadsheetImport found, FileStore files, ImportRowRepository rows, PersonManagement persons,
            SpreadsheetWriter sheet, ImportManagement.ReportWords words) {
        List<String> header = found.getHeaderCells();
        List<String> columns = new ArrayList<>(header);
        columns.addAll(words.columns());
        List<SheetRow> batch = new ArrayList<>();
        boolean[] headerSeen = { false };
        try {
            sheet.header(columns);
            SheetReader.read(found.getFileFormat(), () -> files.open(found.getFileSha256()), found.getSheetName(),
                    row -> {
                        if (row.isEmpty()) {
                            return true;
                        }
                        if (!headerSeen[0]) {
                            headerSeen[0] = true;
                            return true;
                        }
                        batch.add(row);
                        if (batch.size() >= BATCH) {
                            flush(found, batch, header.size(), rows, persons, sheet, words);
                        }
                        return true;
                    });
            flush(found, batch, header.size(), rows, persons, sheet, words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(SpreadsheetImport found, List<SheetRow> batch, int width, ImportRowRepository rows,
            PersonManagement persons, SpreadsheetWriter sheet, ImportManagement.ReportWords words) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Map<Integer, ImportRow> outcomes = new HashMap<>();
            rows.findAfter(found.getId(), batch.get(0).number() - 1, List.of(RowOutcome.values()),
                    PageRequest.of(0, batch.get(batch.size() - 1).number() - batch.get(0).number() + 1))
                    .forEach(r -> outcomes.put(r.getRowNumber(), r));
            List<UUID> ids = new ArrayList<>();
            outcomes.values().forEach(r -> {
                if (r.getPersonId() != null) {
                    ids.add(r.getPersonId());
                }
            });
            Set<UUID> readable = ImportManagement.readablePersons(persons, ids);
            for (SheetRow row : batch) {
                List<Object> cells = new ArrayList<>(row.cells().subList(0, Math.min(width, row.cells().size())));
                while (cells.size() < width) {
                    cells.add("");
                }
                ImportRow outcome = outcomes.get(row.number());
                ImportRowView view = outcome == null ? null : ImportManagement.rowView(outcome, readable);
                cells.add(row.number());
                cells.add(view == null ? "" : words.outcome(view.outcome()));
                cells.add(view == null || view.match() == null ? "" : view.match().matchedName());
                cells.add(view == null || view.match() == null ? null : view.match().percent());
                cells.add(view == null ? "" : detail(view, words));
                sheet.row(cells);
            }
            batch.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String detail(ImportRowView view, ImportManagement.ReportWords words) {
        return switch (view.outcome()) {
        case DUPLICATE -> words.duplicateOf(view.duplicateOf());
        case REJECTED -> (view.problemColumn() == null || view.problemColumn().isEmpty() ? ""
                : view.problemColumn() + ": ") + words.problem(view.problemKey(), view.problemArguments());
        case AMBIGUOUS -> words.problem("imports.report.candidates", List.of(
                Integer.toString(view.candidates().size())));
        default -> "";
        };
    }
}
