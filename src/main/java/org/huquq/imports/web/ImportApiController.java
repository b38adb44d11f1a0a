package org.huquq.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.huquq.imports.ImportKind;
import org.huquq.imports.ImportManagement;
import org.huquq.imports.ImportMappingView;
import org.huquq.imports.ImportRowView;
import org.huquq.imports.ImportView;
import org.huquq.imports.RowOutcome;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.spreadsheets.SpreadsheetDownloads;
import org.huquq.shared.spreadsheets.SpreadsheetFormat;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ApiProblems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** REST API of spreadsheet imports: upload, mapping, dry run and its report, choices, run, status and cancel. */
@RestController
@RequestMapping("/api/v1/imports")
@Tag(name = "Imports", description = "Lists of persons (and detainees) received as CSV or XLSX: upload, map the "
        + "columns, run a dry run that matches every row against the registry, settle ambiguous rows, then run the "
        + "import, all of the file or nothing, once per file")
class ImportApiController {

    private final ImportManagement imports;
    private final ApiProblems problems;
    private final MessageSource messages;

    ImportApiController(ImportManagement imports, ApiProblems problems, MessageSource messages) {
        this.imports = imports;
        this.problems = problems;
        this.messages = messages;
    }

    /** What a mapping says: the sheet to read (XLSX), or the field of each column (empty: not imported). */
    record MappingRequest(String sheet, List<String> columns) {
    }

    /** A choice for an ambiguous row: one of its candidates, or a new person when {@code personId} is null. */
    record ChoiceRequest(UUID personId) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload a list", description = "Multipart field 'file': a CSV (UTF-8 with or without BOM, "
            + "UTF-16 with BOM or Windows-1251; separated by commas, semicolons or tabs) or an XLSX, told from its "
            + "content, at most huquq.imports.max-file-size (50 MB by default). 'kind' is PERSONS or DETAINEES; "
            + "'confidentiality' and 'teamId' are those of the persons it registers. Answers 201 with the import, "
            + "whose header is read and mapping guessed (or remembered from the last file with the same header); "
            + "status ALREADY_IMPORTED when the institution imported the same file before.")
    ResponseEntity<ImportView> upload(@RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "PERSONS") ImportKind kind,
            @RequestParam(defaultValue = "INTERNAL") Confidentiality confidentiality,
            @RequestParam(required = false) UUID teamId) throws IOException {
        try (InputStream content = file.getInputStream()) {
            ImportView created = imports.upload(content, file.getOriginalFilename(), kind, confidentiality, teamId);
            return ResponseEntity.created(URI.create("/api/v1/imports/" + created.id())).body(created);
        }
    }

    /**
     * An upload over the multipart limit, refused before it is read whole: the limit is named. Another upload Tomcat
     * could not read is the usual problem of an unreadable multipart body.
     */
    @ExceptionHandler({ MaxUploadSizeExceededException.class, InvalidParameterException.class })
    ResponseEntity<ProblemDetail> unreadableUpload(RuntimeException e, Locale locale) {
        if (!UploadSizes.exceeded(e)) {
            ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "multipart", locale);
            problem.setProperty(ApiProblems.ERRORS, List.of());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ProblemDetail problem = problems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "413", locale, imports.maxFileBytes());
        problem.setDetail(messages.getMessage("imports.error.tooLarge",
                new Object[] { imports.maxFileBytes() / (1024 * 1024) }, locale));
        problem.setProperty(ApiProblems.ERRORS, List.of(new ApiProblems.FieldMessage("file", problem.getDetail())));
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @GetMapping
    @Operation(summary = "List imports", description = "The institution's imports, the newest first, read by keyset: "
            + "pass 'next' back as 'after' for the following page. Pages of at most 100.")
    ApiList<ImportView> find(@RequestParam(required = false) @Parameter(description = "the 'next' of the page before")
            DateCursor after, @RequestParam(defaultValue = "25") int size) {
        return ApiList.keyset(imports.find(after, size), bounded(size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an import", description = "Its status, progress (rowsRead of rowsTotal) and counts; "
            + "a failed run names the row (failureRow), the column and the problem.")
    ImportView get(@PathVariable UUID id) {
        return imports.get(id);
    }

    @GetMapping("/{id}/mapping")
    @Operation(summary = "The mapping step", description = "The sheets (XLSX), the header row's columns with the "
            + "field each is mapped to, the fields a list of this kind holds, and the first rows as a sample. Only "
            + "for the user who uploaded the list.")
    ImportMappingView mapping(@PathVariable UUID id) {
        return imports.mapping(id);
    }

    @PutMapping("/{id}/mapping")
    @Operation(summary = "Map the columns", description = "With 'sheet', reads that sheet of an XLSX instead and "
            + "offers its mapping (columns are then ignored); else 'columns' gives one field per column of the "
            + "header, an empty string for a column not imported. A full name, or a family or given name, must be "
            + "mapped. Remembered for the next file with the same header.")
    ImportView map(@PathVariable UUID id, @RequestBody @NotNull MappingRequest mapping) {
        if (mapping.sheet() != null) {
            return imports.chooseSheet(id, mapping.sheet());
        }
        return imports.map(id, ColumnFields.parse(mapping.columns()));
    }

    @PostMapping("/{id}/dry-run")
    @Operation(summary = "Start the dry run", description = "Answers 202: the import is CHECKING until the "
            + "background has read every row, then CHECKED. Nothing is saved but the report.")
    ResponseEntity<ImportView> check(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(imports.check(id));
    }

    @GetMapping("/{id}/rows")
    @Operation(summary = "The dry run's rows", description = "In file order, after row 'after' (0 for the first "
            + "page); optionally only some outcomes. A row shows a registered person only while the caller may read "
            + "them. Pages of at most 100.")
    ApiList<ImportRowView> rows(@PathVariable UUID id, @RequestParam(required = false) Set<RowOutcome> outcome,
            @RequestParam(defaultValue = "0") int after, @RequestParam(defaultValue = "25") int size) {
        return ApiList.keyset(imports.rows(id, outcome, after, size), bounded(size));
    }

    @PutMapping("/{id}/rows/{row}/choice")
    @Operation(summary = "Settle an ambiguous row", description = "'personId': one of the row's candidates; null "
            + "for a new person.")
    ImportRowView choose(@PathVariable UUID id, @PathVariable int row, @RequestBody @NotNull ChoiceRequest choice) {
        return imports.choose(id, row, choice.personId());
    }

    @PostMapping("/{id}/choices/new-persons")
    @Operation(summary = "Settle every waiting row as a new person", description = "Every ambiguous row still without "
            + "a choice will register a new person when the import runs. Refused unless the dry run has ended and the "
            + "run has not begun.")
    ImportView chooseNewForAllWaiting(@PathVariable UUID id) {
        return imports.chooseNewForAllWaiting(id);
    }

    @GetMapping("/{id}/report")
    @Operation(summary = "Download the dry run's report", description = "format=csv or xlsx: the file's columns, "
            + "then each row's number, outcome, matched name, score and reason.")
    void report(@PathVariable UUID id, @RequestParam(defaultValue = "csv") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        SpreadsheetFormat chosen = SpreadsheetFormat.of(format);
        ImportView found = imports.reportable(id);
        ReportWording words = new ReportWording(messages, locale);
        SpreadsheetDownloads.send(response, chosen, found.reference() + " " + found.fileName(),
                sheet -> imports.report(id, sheet, words));
    }

    @PostMapping("/{id}/run")
    @Operation(summary = "Run the import", description = "Answers 202: the import is RUNNING until the whole file is "
            + "saved in one transaction, or none of it (FAILED, naming the row; ALREADY_IMPORTED when the same file "
            + "was imported meanwhile); once saved it is INDEXING while the persons it registered are made findable, "
            + "then DONE. An import that is INDEXING can no longer be cancelled. Refused before a dry run, while ambiguous rows wait for a choice, and "
            + "when the dry run refused a row.")
    ResponseEntity<ImportView> run(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(imports.run(id));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an import", description = "Stops the dry run or the run (nothing is saved), or "
            + "abandons an import that waits.")
    ImportView cancel(@PathVariable UUID id) {
        return imports.cancel(id);
    }

    private static int bounded(int size) {
        return Math.max(1, Math.min(size, ImportManagement.MAX_PAGE_SIZE));
    }
}
