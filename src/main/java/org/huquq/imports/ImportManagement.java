package org.huquq.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.TeamSummary;
import org.huquq.imports.domain.ColumnGuesses;
import org.huquq.imports.domain.ImportMapping;
import org.huquq.imports.domain.ImportMappingRepository;
import org.huquq.imports.domain.ImportRow;
import org.huquq.imports.domain.ImportRowRepository;
import org.huquq.imports.domain.ImportedFile;
import org.huquq.imports.domain.ImportedFileRepository;
import org.huquq.imports.domain.RowParser;
import org.huquq.imports.domain.SpreadsheetImport;
import org.huquq.imports.domain.SpreadsheetImportRepository;
import org.huquq.imports.reading.SheetReader;
import org.huquq.imports.reading.SheetRow;
import org.huquq.imports.reading.UnreadableSheetException;
import org.huquq.people.PersonManagement;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.Ids;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.Protection;
import org.huquq.shared.RecordNumbers;
import org.huquq.shared.files.FileNames;
import org.huquq.shared.files.FileStore;
import org.huquq.shared.files.FileTypes;
import org.huquq.shared.files.StoredFile;
import org.huquq.shared.spreadsheets.SpreadsheetWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Imports of lists received as spreadsheets, always as the signed-in user. The steps: {@link #upload} keeps the file
 * (refused when it is no CSV or XLSX by its content, or over {@code huquq.imports.max-file-size}) and reads its header
 * row; {@link #map} says what each column holds (remembered for the next file with the same header);
 * {@link #check} starts the dry run in the background, which reads every row, matches it against the registry and
 * says why a row is refused; {@link #choose} settles an ambiguous row; {@link #run} saves the file in the background,
 * all of it in one transaction or nothing; {@link #cancel} stops either, saving nothing.
 * <p>
 * Who sees what: an institution's imports (their files, status and counts) are listed to its members who may see
 * identities; another institution's are not found. Only the person who uploaded a list works on it, sees its rows and
 * downloads its report, because its matches were made with what they may read; and even then a row shows a
 * registered person only while they may still read them. The same file (by SHA-256) imported once in an institution
 * is never imported again: a later upload says so, and a second run creates nothing.
 */
@Service
public class ImportManagement {

    public static final int MAX_PAGE_SIZE = 100;
    static final String AUDIT_TYPE = "SpreadsheetImport";
    static final String REFERENCE_SERIES = "IMPORT";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Set<String> ACCEPTED = Set.of(FileTypes.TEXT, XLSX);
    private static final Set<String> ACCEPTED_OR_UNTYPED_TEXT = Set.of(FileTypes.TEXT, XLSX,
            "application/octet-stream");
    private static final int TEXT_PROBE_BYTES = 64 * 1024;
    private static final int SAMPLE_ROWS = 3;
    private static final Set<ImportStatus> REMAPPABLE = EnumSet.of(ImportStatus.UPLOADED, ImportStatus.CHECKED,
            ImportStatus.FAILED, ImportStatus.CANCELLED);

    private final SpreadsheetImportRepository imports;
    private final ImportRowRepository rows;
    private final ImportedFileRepository importedFiles;
    private final ImportMappingRepository mappings;
    private final FileStore files;
    private final PersonManagement persons;
    private final AccessPolicy access;
    private final IdentityManagement identity;
    private final RecordNumbers numbers;
    private final EntityManager entityManager;
    private final ImportJobs jobs;
    private final Clock clock;
    private final long maxFileBytes;
    private final int maxCellChars;

    ImportManagement(SpreadsheetImportRepository imports, ImportRowRepository rows,
            ImportedFileRepository importedFiles, ImportMappingRepository mappings, FileStore files,
            PersonManagement persons, AccessPolicy access, IdentityManagement identity, RecordNumbers numbers,
            EntityManager entityManager, ImportJobs jobs, Clock clock,
            @Value("${huquq.imports.max-file-size:50MB}") DataSize maxFileSize,
            @Value("${huquq.imports.max-cell-chars:4000}") int maxCellChars) {
        this.imports = imports;
        this.rows = rows;
        this.importedFiles = importedFiles;
        this.mappings = mappings;
        this.files = files;
        this.persons = persons;
        this.access = access;
        this.identity = identity;
        this.numbers = numbers;
        this.entityManager = entityManager;
        this.jobs = jobs;
        this.clock = clock;
        this.maxFileBytes = maxFileSize.toBytes();
        this.maxCellChars = maxCellChars;
    }

    /**
     * Keeps an uploaded list and reads its header row (of the first sheet of an XLSX), offering the mapping last used
     * for the same header in the institution, else one guessed from the header's words. When the institution imported
     * the same file before, the import is {@link ImportStatus#ALREADY_IMPORTED} and can do nothing more.
     * {@code confidentiality} and {@code teamId} are those of the persons it will register.
     *
     * @throws InvalidInputException naming {@code file} for a file that is empty, too large (the limit is named), not
     *                               a CSV or XLSX by its content, unreadable, or without rows; naming {@code kind},
     *                               {@code confidentiality} or {@code teamId} when missing or wrong
     * @throws AccessDeniedToWrite   when the user may not register persons
     */
    @Transactional
    public ImportView upload(InputStream content, String fileName, ImportKind kind, Confidentiality confidentiality,
            UUID teamId) {
        HuquqUser user = requireEditor();
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "web.validation.required"));
        }
        if (confidentiality == null) {
            problems.add(new FieldProblem("confidentiality", "web.validation.required"));
        }
        if (teamId != null && identity.teams(user.institutionId()).stream().noneMatch(t -> t.id().equals(teamId))) {
            problems.add(new FieldProblem("teamId", "imports.error.team"));
        }
        if (confidentiality != null
                && !access.canWrite(user, new Protection(user.institutionId(), confidentiality, teamId))) {
            problems.add(new FieldProblem("confidentiality", "imports.error.lockout"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        StoredFile stored = store(content);
        SheetReader.Format format = XLSX.equals(stored.mediaType()) ? SheetReader.Format.XLSX
                : SheetReader.Format.CSV;
        String name = FileNames.clean(fileName);
        String reference = String.format(Locale.ROOT, "IMP-%06d",
                numbers.next(user.institutionId(), REFERENCE_SERIES, RecordNumbers.EVERY_YEAR));
        SpreadsheetImport created = new SpreadsheetImport(user.institutionId(), reference, kind,
                name == null ? "list." + format.name().toLowerCase(Locale.ROOT) : name, stored.sha256(),
                stored.size(), format, confidentiality, teamId, user.username());
        importedFiles.findById(new ImportedFile.Key(user.institutionId(), stored.sha256())).ifPresentOrElse(
                earlier -> created.alreadyImported(earlier.getImportId()),
                () -> readHeader(created, null, user));
        entityManager.persist(created);
        imports.flush();
        return view(created, user);
    }

    /** An import of the caller's institution. */
    @Transactional(readOnly = true)
    public ImportView get(UUID id) {
        HuquqUser user = requireReader();
        return view(visible(user, id), user);
    }

    /** The institution's imports, the newest first, a keyset page of at most {@link #MAX_PAGE_SIZE} after {@code after}. */
    @Transactional(readOnly = true)
    public KeysetPage<ImportView> find(DateCursor after, int size) {
        HuquqUser user = requireReader();
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Instant at = after == null ? Instant.EPOCH : after.date()
                .atTime(after.time() == null ? java.time.LocalTime.MIDNIGHT : after.time())
                .toInstant(java.time.ZoneOffset.UTC);
        List<SpreadsheetImport> found = imports.findNewest(user.institutionId(), after == null, at,
                after == null ? Ids.NONE : after.id(), PageRequest.of(0, KeysetPage.fetchSize(limit)));
        long total = imports.countByInstitutionId(user.institutionId());
        return KeysetPage.of(found, limit, i -> cursorOf(i).toString()).map(i -> view(i, user)).counted(total, total);
    }

    /** The mapping step of an import the caller uploaded. */
    @Transactional(readOnly = true)
    public ImportMappingView mapping(UUID id) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = own(user, id);
        Supplier<InputStream> content = () -> files.open(found.getFileSha256());
        List<String> sheets = SheetReader.sheetNames(found.getFileFormat(), content);
        List<String> header = found.getHeaderCells();
        List<ImportField> fields = mappingOf(found);
        List<ImportMappingView.Column> columns = new ArrayList<>();
        RowParser names = new RowParser(fields, header, maxCellChars, today(), found.getConfidentiality(),
                found.getTeamId(), null);
        for (int i = 0; i < header.size(); i++) {
            columns.add(new ImportMappingView.Column(i, names.column(i).split(" ", 2)[0], header.get(i),
                    i < fields.size() ? fields.get(i) : null));
        }
        List<List<String>> sample = new ArrayList<>();
        if (found.getStatus() != ImportStatus.ALREADY_IMPORTED) {
            boolean[] headerSeen = { false };
            SheetReader.read(found.getFileFormat(), content, found.getSheetName(), row -> {
                if (row.isEmpty()) {
                    return true;
                }
                if (!headerSeen[0]) {
                    headerSeen[0] = true;
                    return true;
                }
                sample.add(row.cells().stream().map(c -> c.length() > 80 ? c.substring(0, 80) + "…" : c).toList());
                return sample.size() < SAMPLE_ROWS;
            });
        }
        List<ImportField> applicable = Arrays.stream(ImportField.values()).filter(f -> f.appliesTo(found.getKind()))
                .toList();
        return new ImportMappingView(view(found, user), sheets, columns, applicable, sample);
    }

    /**
     * Reads another sheet of an XLSX import and offers the mapping for its header; the dry run's report, if any, is
     * dropped.
     *
     * @throws InvalidInputException naming {@code sheet} when the file has no such sheet, or it has no rows
     */
    @Transactional
    public ImportView chooseSheet(UUID id, String sheet) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = changeable(user, id);
        List<String> sheets = SheetReader.sheetNames(found.getFileFormat(), () -> files.open(found.getFileSha256()));
        if (sheet == null || !sheets.contains(sheet.strip())) {
            throw new InvalidInputException("sheet", "imports.error.noSuchSheet");
        }
        rows.deleteOfImport(found.getId());
        readHeader(found, sheet.strip(), user);
        return view(found, user);
    }

    /**
     * Says what each column of the header holds ({@code null} for a column not imported), remembers it for the next
     * file with the same header in the institution, and drops the dry run's report, if any.
     *
     * @throws InvalidInputException naming {@code columns} when there is not one entry per column or no column holds
     *                               a name (a full name, or a family or given name) or, in a detainee list, none
     *                               holds the place, the start or the legal status; {@code columns[i]} for a
     *                               field a list of this kind cannot hold or a field given to two columns
     */
    @Transactional
    public ImportView map(UUID id, List<ImportField> columns) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = changeable(user, id);
        checkMapping(found, columns);
        String mapping = encode(columns);
        found.mapped(mapping, user.username());
        rows.deleteOfImport(found.getId());
        mappings.findById(new ImportMapping.Key(user.institutionId(), found.getKind(), found.getHeaderHash()))
                .ifPresentOrElse(remembered -> remembered.remember(mapping), () -> mappings.save(
                        new ImportMapping(user.institutionId(), found.getKind(), found.getHeaderHash(), mapping)));
        return view(found, user);
    }

    /**
     * Starts the dry run in the background: nothing is saved but its report. The import is
     * {@link ImportStatus#CHECKING} until it ends, then {@link ImportStatus#CHECKED} with its counts.
     *
     * @throws InvalidInputException naming {@code columns} when the mapping is not complete, or {@code status} when
     *                               the import is working, done or was imported before
     */
    @Transactional
    public ImportView check(UUID id) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = changeable(user, id);
        checkMapping(found, mappingOf(found));
        rows.deleteOfImport(found.getId());
        found.started(ImportStatus.CHECKING, user.username());
        jobs.startAfterCommit(found.getId(), ImportJobs.Step.CHECK);
        return view(found, user);
    }

    /**
     * The rows of the dry run's report after row {@code after} (0 for the first page), in file order, at most
     * {@link #MAX_PAGE_SIZE}; only the given outcomes (all when empty). A match or candidate is shown only while the
     * caller may read the person.
     */
    @Transactional(readOnly = true)
    public KeysetPage<ImportRowView> rows(UUID id, Set<RowOutcome> outcomes, int after, int size) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = own(user, id);
        int limit = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        List<RowOutcome> wanted = outcomes == null || outcomes.isEmpty() ? List.of(RowOutcome.values())
                : List.copyOf(outcomes);
        List<ImportRow> page = rows.findAfter(found.getId(), Math.max(0, after), wanted,
                PageRequest.of(0, KeysetPage.fetchSize(limit)));
        Set<UUID> readable = readablePersons(persons, page.stream().flatMap(r -> personIds(r).stream()).toList());
        long total = rows.countOutcomes(found.getId(), wanted);
        return KeysetPage.of(page, limit, r -> Integer.toString(r.getRowNumber()))
                .map(r -> rowView(r, readable)).counted(total, total);
    }

    /**
     * Settles a row the dry run found ambiguous: one of its candidates ({@code personId}), or a new person
     * ({@code null}).
     *
     * @throws InvalidInputException naming {@code row} for a row that is not ambiguous, or {@code personId} for a
     *                               person who is not one of the row's candidates
     */
    @Transactional
    public ImportRowView choose(UUID id, int row, UUID personId) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = own(user, id);
        if (found.getStatus() != ImportStatus.CHECKED) {
            throw new InvalidInputException("status", "imports.error.notChecked");
        }
        ImportRow settled = rows.findByImportIdAndRowNumber(found.getId(), row)
                .filter(r -> r.getOutcome() == RowOutcome.AMBIGUOUS)
                .orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("row",
                        "imports.error.notAmbiguous", List.of(row)))));
        if (personId != null && (settled.getCandidates().stream().noneMatch(c -> c.personId().equals(personId))
                || readablePersons(persons, List.of(personId)).isEmpty())) {
            throw new InvalidInputException("personId", "imports.error.notACandidate");
        }
        settled.choose(personId == null ? ImportRow.NEW_PERSON : personId.toString());
        rows.flush();
        found.choiceMade(rows.countUnchosen(found.getId()), user.username());
        return rowView(settled, readablePersons(persons, personIds(settled)));
    }

    /**
     * Settles every ambiguous row still waiting as a new person, in one step: for a long list whose namesakes in the
     * registry cannot be told apart from the row by name and day of birth. The run's audit entry counts the persons
     * it registered.
     *
     * @throws InvalidInputException naming {@code status} before the dry run has ended or after the run has begun
     */
    @Transactional
    public ImportView chooseNewForAllWaiting(UUID id) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = own(user, id);
        if (found.getStatus() != ImportStatus.CHECKED) {
            throw new InvalidInputException("status", "imports.error.notChecked");
        }
        rows.chooseNewForWaiting(found.getId());
        found.choiceMade(0, user.username());
        return view(found, user);
    }

    /**
     * Starts the run in the background: every row of the file is saved as the dry run said (and the choices made), in
     * one transaction, or nothing is. The import is {@link ImportStatus#RUNNING} until it ends, then
     * {@link ImportStatus#DONE}, {@link ImportStatus#FAILED} (naming the row and column), or
     * {@link ImportStatus#ALREADY_IMPORTED} when the same file was imported meanwhile.
     *
     * @throws InvalidInputException naming {@code status} before a dry run, {@code rows} while ambiguous rows wait
     *                               for a choice, and {@code file} when the dry run refused a row (naming the first)
     */
    @Transactional
    public ImportView run(UUID id) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = own(user, id);
        if (found.getStatus() != ImportStatus.CHECKED) {
            throw new InvalidInputException("status", "imports.error.notChecked");
        }
        int unchosen = rows.countUnchosen(found.getId());
        if (unchosen > 0) {
            throw new InvalidInputException(List.of(new FieldProblem("rows", "imports.error.choicesPending",
                    List.of(unchosen))));
        }
        List<ImportRow> refused = rows.findAfter(found.getId(), 0, List.of(RowOutcome.REJECTED), PageRequest.of(0, 1));
        if (!refused.isEmpty()) {
            ImportRow first = refused.get(0);
            throw new InvalidInputException(List.of(new FieldProblem("file", "imports.error.rowRefused",
                    List.of(first.getRowNumber(), first.getProblemColumn()))));
        }
        found.started(ImportStatus.RUNNING, user.username());
        jobs.startAfterCommit(found.getId(), ImportJobs.Step.RUN);
        return view(found, user);
    }

    /**
     * Stops the dry run or the run (what it did is rolled back: nothing is saved), or abandons an import that waits.
     *
     * @throws InvalidInputException naming {@code status} when the import is done or was imported before
     */
    @Transactional
    public ImportView cancel(UUID id) {
        HuquqUser user = requireEditor();
        SpreadsheetImport found = own(user, id);
        if (found.getStatus().isFinal()) {
            throw new InvalidInputException("status", "imports.error.final");
        }
        if (found.getStatus().isWorking()) {
            imports.requestCancel(found.getId());
            jobs.cancel(found.getId());
            entityManager.refresh(found);
        } else {
            found.finished(ImportStatus.CANCELLED, null, null, null, null);
        }
        return view(found, user);
    }

    /**
     * The import whose report the caller may download: one they uploaded, whose dry run has ended.
     *
     * @throws InvalidInputException naming {@code status} before the dry run has ended
     */
    @Transactional(readOnly = true)
    public ImportView reportable(UUID id) {
        HuquqUser user = requireEditor();
        ImportView found = view(own(user, id), user);
        if (!found.isChecked()) {
            throw new InvalidInputException("status", "imports.error.notChecked");
        }
        return found;
    }

    /**
     * Writes the dry run's report: the file's columns as they are, then the row's number in the file, its outcome,
     * the person it matches (reference-free: the matched name and the score), the row it repeats, or why it is refused
     * (column and reason, in {@code locale}'s words through {@code words}).
     */
    @Transactional(readOnly = true)
    public void report(UUID id, SpreadsheetWriter sheet, ReportWords words) {
        reportable(id);
        ImportReport.write(own(CurrentUser.require(), id), files, rows, persons, sheet, words);
    }

    /** The words of a report's own columns and outcomes, in the reader's language. */
    public interface ReportWords {
        List<String> columns();

        String outcome(RowOutcome outcome);

        String problem(String key, List<String> arguments);

        String duplicateOf(int row);
    }

    /** The teams an import's persons can be assigned to. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams() {
        return identity.teams(CurrentUser.require().institutionId());
    }

    /** Whether the signed-in user may import lists (register persons). */
    public boolean canImport() {
        return access.isEditor(CurrentUser.require());
    }

    /** The largest file an upload takes, in bytes. */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    int maxCellChars() {
        return maxCellChars;
    }

    private StoredFile store(InputStream content) {
        try {
            // Tika's magic calls text in a single-byte code page (Windows-1251) application/octet-stream: such a type
            // is taken only when the file's first bytes hold no control character but tab and line breaks
            BufferedInputStream in = new BufferedInputStream(content, TEXT_PROBE_BYTES);
            in.mark(TEXT_PROBE_BYTES);
            boolean text = looksLikeText(in.readNBytes(TEXT_PROBE_BYTES));
            in.reset();
            // no name is passed: a list's name says nothing the content does not (a ".csv" is text/plain to Tika)
            return files.store(in, null, text ? ACCEPTED_OR_UNTYPED_TEXT : ACCEPTED, maxFileBytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException refused) {
            FieldProblem problem = refused.problems().get(0);
            String reason = problem.messageKey().substring(problem.messageKey().lastIndexOf('.') + 1);
            List<FieldProblem> translated = switch (reason) {
            case "tooLarge" -> List.of(new FieldProblem("file", "imports.error.tooLarge",
                    List.of(maxFileBytes / (1024 * 1024))));
            case "typeNotAccepted" -> List.of(new FieldProblem("file", "imports.error.notSpreadsheet",
                    problem.arguments()));
            case "empty" -> List.of(new FieldProblem("file", "imports.error.empty"));
            default -> refused.problems();
            };
            throw new InvalidInputException(translated);
        }
    }

    /** No control byte but tab, line feed and carriage return: text in some encoding, not a binary format. */
    private static boolean looksLikeText(byte[] head) {
        for (byte b : head) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
                return false;
            }
        }
        return head.length > 0;
    }

    private void readHeader(SpreadsheetImport found, String sheet, HuquqUser user) {
        SheetRow header;
        try {
            header = SheetReader.header(found.getFileFormat(), () -> files.open(found.getFileSha256()), sheet);
        } catch (UnreadableSheetException e) {
            throw new InvalidInputException(List.of(new FieldProblem(sheet == null ? "file" : "sheet",
                    e.messageKey(), e.arguments())));
        }
        if (header == null) {
            throw new InvalidInputException(sheet == null ? "file" : "sheet", "imports.error.noRows");
        }
        List<String> cells = new ArrayList<>(header.cells());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) {
            cells.remove(cells.size() - 1);
        }
        String hash = headerHash(cells);
        String mapping = mappings.findById(new ImportMapping.Key(user.institutionId(), found.getKind(), hash))
                .map(ImportMapping::getColumnMapping)
                .orElseGet(() -> encode(ColumnGuesses.guess(cells, found.getKind())));
        found.header(sheet, cells, hash, mapping, user.username());
    }

    private void checkMapping(SpreadsheetImport found, List<ImportField> columns) {
        List<FieldProblem> problems = new ArrayList<>();
        if (columns == null || columns.size() != found.getHeaderCells().size()) {
            throw new InvalidInputException(List.of(new FieldProblem("columns", "imports.error.columnCount",
                    List.of(found.getHeaderCells().size()))));
        }
        Map<ImportField, Integer> seen = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            ImportField field = columns.get(i);
            if (field == null) {
                continue;
            }
            if (!field.appliesTo(found.getKind())) {
                problems.add(new FieldProblem("columns[" + i + "]", "imports.error.fieldNotForKind"));
            } else if (seen.putIfAbsent(field, i) != null) {
                problems.add(new FieldProblem("columns[" + i + "]", "imports.error.fieldTwice",
                        List.of(seen.get(field) + 1)));
            }
        }
        if (!seen.containsKey(ImportField.FULL_NAME) && !seen.containsKey(ImportField.FAMILY_NAME)
                && !seen.containsKey(ImportField.GIVEN_NAME)) {
            problems.add(new FieldProblem("columns", "imports.error.nameColumnMissing"));
        }
        if (found.getKind() == ImportKind.DETAINEES && (!seen.containsKey(ImportField.PLACE)
                || !seen.containsKey(ImportField.DETAINED_FROM) || !seen.containsKey(ImportField.LEGAL_STATUS))) {
            problems.add(new FieldProblem("columns", "imports.error.detentionColumnsMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The mapping of an import, one entry per header column. */
    static List<ImportField> mappingOf(SpreadsheetImport found) {
        int size = found.getHeaderCells().size();
        List<ImportField> fields = new ArrayList<>(size);
        String[] entries = found.getColumnMapping() == null ? new String[0] : found.getColumnMapping().split(",", -1);
        for (int i = 0; i < size; i++) {
            fields.add(i < entries.length && !entries[i].isEmpty() ? ImportField.valueOf(entries[i]) : null);
        }
        return fields;
    }

    private static String encode(List<ImportField> columns) {
        return String.join(",", columns.stream().map(f -> f == null ? "" : f.name()).toList());
    }

    /** The hash of a header as compared: each cell's letters and digits, lower case. */
    static String headerHash(List<String> cells) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String cell : cells) {
                digest.update(org.huquq.imports.domain.CellValues.key(cell).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1f);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static DateCursor cursorOf(SpreadsheetImport found) {
        java.time.LocalDateTime at = java.time.LocalDateTime.ofInstant(found.getCreatedAt(), java.time.ZoneOffset.UTC);
        return DateCursor.of(at.toLocalDate(), at.toLocalTime(), found.getId());
    }

    private HuquqUser requireReader() {
        HuquqUser user = CurrentUser.require();
        if (!access.canSeeIdentities(user)) {
            throw new NotFoundException(AUDIT_TYPE, "list");
        }
        return user;
    }

    private HuquqUser requireEditor() {
        HuquqUser user = CurrentUser.require();
        if (!access.isEditor(user) || !access.canSeeIdentities(user)) {
            throw new AccessDeniedToWrite("Your roles do not allow importing lists");
        }
        return user;
    }

    private SpreadsheetImport visible(HuquqUser user, UUID id) {
        return imports.findByIdAndInstitutionId(id, user.institutionId())
                .orElseThrow(() -> new NotFoundException(AUDIT_TYPE, id));
    }

    /** An import the caller uploaded: only they work on it (see the class description). */
    private SpreadsheetImport own(HuquqUser user, UUID id) {
        SpreadsheetImport found = visible(user, id);
        if (!found.getCreatedBy().equals(user.username())) {
            throw new NotFoundException(AUDIT_TYPE, id);
        }
        return found;
    }

    private SpreadsheetImport changeable(HuquqUser user, UUID id) {
        SpreadsheetImport found = own(user, id);
        if (!REMAPPABLE.contains(found.getStatus())) {
            throw new InvalidInputException("status", "imports.error.notChangeable");
        }
        return found;
    }

    /**
     * Of these persons, those the caller may read that were not merged into another: the only ones a row may land
     * on or show.
     */
    static Set<UUID> readablePersons(PersonManagement persons, java.util.Collection<UUID> ids) {
        Set<UUID> readable = new java.util.HashSet<>();
        persons.readable(ids).forEach((id, person) -> {
            if (person.mergedInto() == null) {
                readable.add(id);
            }
        });
        return readable;
    }

    private static List<UUID> personIds(ImportRow row) {
        List<UUID> ids = new ArrayList<>();
        if (row.getPersonId() != null) {
            ids.add(row.getPersonId());
        }
        row.getCandidates().forEach(c -> ids.add(c.personId()));
        return ids;
    }

    static ImportRowView rowView(ImportRow row, Set<UUID> readable) {
        ImportRowView.Candidate match = row.getPersonId() != null && readable.contains(row.getPersonId())
                ? new ImportRowView.Candidate(row.getPersonId(), row.getScore() == null ? 0 : row.getScore(),
                        row.getMatchedName())
                : null;
        List<ImportRowView.Candidate> candidates = row.getCandidates().stream()
                .filter(c -> readable.contains(c.personId()))
                .map(c -> new ImportRowView.Candidate(c.personId(), c.score(), c.matchedName())).toList();
        String chosen = row.getChosen() == null || ImportRow.NEW_PERSON.equals(row.getChosen())
                || readable.contains(UUID.fromString(row.getChosen())) ? row.getChosen() : null;
        return new ImportRowView(row.getRowNumber(), row.getOutcome(), match, candidates, chosen,
                row.getDuplicateOf(), row.getProblemColumn(), row.getProblemKey(), row.getProblemArguments());
    }

    static ImportView view(SpreadsheetImport found, HuquqUser user) {
        return new ImportView(found.getId(), found.getReference(), found.getKind(), found.getFileName(),
                found.getFileSize(), found.getFileFormat().name(), found.getSheetName(), found.getStatus(),
                found.getRowsRead(), found.getRowsTotal(), found.getNewCount(), found.getMatchedCount(),
                found.getAmbiguousCount(), found.getRejectedCount(), found.getDuplicateCount(), found.getEmptyCount(),
                found.getFailureRow(), found.getFailureColumn(), found.getFailureKey(), found.getFailureArguments(),
                found.getEarlierImportId(), found.getConfidentiality(), found.getTeamId(), found.getCreatedAt(),
                found.getCreatedBy(), found.getColumnMapping() != null && !found.getHeaderCells().isEmpty(),
                found.getCreatedBy().equals(user.username()));
    }
}
