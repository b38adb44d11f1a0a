package org.huquq.imports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.detention.DetentionDetails;
import org.huquq.imports.domain.ImportRow;
import org.huquq.imports.domain.ImportRowRepository;
import org.huquq.imports.domain.ImportedFile;
import org.huquq.imports.domain.RowParser;
import org.huquq.imports.domain.SpreadsheetImport;
import org.huquq.imports.domain.SpreadsheetImportRepository;
import org.huquq.imports.reading.SheetReader;
import org.huquq.imports.reading.SheetRow;
import org.huquq.imports.reading.UnreadableSheetException;
import org.huquq.people.PersonHit;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMatch;
import org.huquq.people.PersonSearch;
import org.huquq.people.PersonView;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.PartialDate;
import org.huquq.shared.files.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dry run and the run of an import, in the background. Both read the stored file row by row (the first row that
 * is not empty is the header; empty rows are skipped and counted; a row that says what an earlier row says is a
 * duplicate of it). The dry run keeps each row's outcome in batches of short transactions, with its progress; the
 * run saves the whole file in one transaction, so that a failing row (or a cancel) leaves nothing of it behind, and
 * then makes the persons it registered findable.
 */
@Component
class ImportProcessing {

    private static final Logger log = LoggerFactory.getLogger(ImportProcessing.class);
    /** Rows checked, matched or saved together; also how often progress is written and a cancel looked for. */
    static final int BATCH = 500;
    /** Candidates kept for an ambiguous row. */
    private static final int CANDIDATES = 5;
    private static final Pattern ROW_FIELD = Pattern.compile("\\[(\\d+)]\\.(.*)");

    private final SpreadsheetImportRepository imports;
    private final ImportRowRepository rows;
    private final FileStore files;
    private final PersonManagement persons;
    private final ImportManagement management;
    private final AuditLog audit;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final DetentionRows detentions;
    /**
     * Rows of a batch are matched on every core at once: a row's match costs a few milliseconds of search and name
     * comparison, and rows do not depend on each other.
     */
    private final ExecutorService matchers = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), new CustomizableThreadFactory("import-match-"));

    ImportProcessing(SpreadsheetImportRepository imports, ImportRowRepository rows, FileStore files,
            PersonManagement persons, ImportManagement management, AuditLog audit, EntityManager entityManager,
            PlatformTransactionManager transactions, DetentionRows detentions) {
        this.detentions = detentions;
        this.imports = imports;
        this.rows = rows;
        this.files = files;
        this.persons = persons;
        this.management = management;
        this.audit = audit;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A row the run cannot save: its number, its column and the reason. */
    static final class RowFailure extends RuntimeException {
        final int row;
        final String column;
        final String key;
        final List<Object> arguments;

        RowFailure(int row, String column, String key, List<Object> arguments) {
            super("row " + row + " " + column + " " + key, null, false, false);
            this.row = row;
            this.column = column;
            this.key = key;
            this.arguments = arguments;
        }
    }

    /** A cancel seen by the running task: thrown to roll its transaction back. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("cancelled", null, false, false);
        }
    }

    // ---- the dry run

    void check(UUID importId, AtomicBoolean cancelled) {
        SpreadsheetImport found = transaction.execute(status -> imports.findById(importId).orElseThrow());
        RowParser parser = parser(found);
        DetentionRows.Lookup lookup = found.getKind() == ImportKind.DETAINEES ? detentions.lookup() : null;
        Counts counts = new Counts();
        List<Pending> batch = new ArrayList<>();
        List<ImportRow> done = new ArrayList<>();
        try {
            readRows(found, (row, duplicateOf) -> {
                counts.total++;
                if (duplicateOf != null) {
                    counts.duplicates++;
                    done.add(ImportRow.duplicate(importId, row.number(), duplicateOf));
                } else {
                    RowParser.Parsed parsed = parser.parse(row);
                    if (parsed.isRefused()) {
                        RowParser.Problem problem = parsed.problems().get(0);
                        counts.rejected++;
                        done.add(ImportRow.rejected(importId, row.number(), problem.column(), problem.key(),
                                problem.arguments()));
                    } else {
                        batch.add(new Pending(row.number(), parsed));
                    }
                }
                if (batch.size() >= BATCH) {
                    done.addAll(checkAndMatch(importId, batch, parser, lookup, counts));
                    batch.clear();
                }
                if (done.size() >= BATCH) {
                    save(importId, done, counts.total, cancelled);
                }
            }, counts);
            done.addAll(checkAndMatch(importId, batch, parser, lookup, counts));
            save(importId, done, counts.total, cancelled);
            separate.executeWithoutResult(status -> {
                SpreadsheetImport current = imports.findById(importId).orElseThrow();
                current.counted(counts.total, counts.created, counts.matched, counts.ambiguous, counts.rejected,
                        counts.duplicates, counts.empty);
                current.finished(ImportStatus.CHECKED, null, null, null, null);
            });
        } catch (Cancelled e) {
            separate.executeWithoutResult(status -> {
                rows.deleteOfImport(importId);
                imports.findById(importId).orElseThrow().finished(ImportStatus.CANCELLED, null, null, null, null);
            });
        } catch (UnreadableSheetException e) {
            failCheck(importId, new RowFailure(0, "", e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            log.error("The dry run of import {} failed", importId, e);
            failCheck(importId, new RowFailure(0, "", "imports.failure.unexpected", List.of()));
        }
    }

    /**
     * Checks a batch of readable rows as the people module would register them (a refused row names its column),
     * matches the others against the registry, and checks the detention of each row of a detainee list as the
     * detention module would record it.
     */
    private List<ImportRow> checkAndMatch(UUID importId, List<Pending> batch, RowParser parser,
            DetentionRows.Lookup lookup, Counts counts) {
        List<ImportRow> outcomes = new ArrayList<>();
        if (batch.isEmpty()) {
            return outcomes;
        }
        Map<Integer, FieldProblem> refused = new HashMap<>();
        try {
            persons.validateAll(batch.stream().map(p -> p.parsed().registration()).toList());
        } catch (InvalidInputException e) {
            for (FieldProblem problem : e.problems()) {
                Matcher field = ROW_FIELD.matcher(problem.field());
                if (field.matches()) {
                    refused.putIfAbsent(Integer.parseInt(field.group(1)),
                            new FieldProblem(field.group(2), problem.messageKey(), problem.arguments()));
                }
            }
        }
        List<Future<ImportRow>> matches = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            matches.add(refused.containsKey(i) ? null : matchers.submit(new DelegatingSecurityContextCallable<>(
                    () -> match(importId, pending.row(), pending.parsed()))));
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            FieldProblem problem = refused.get(i);
            if (problem != null) {
                counts.rejected++;
                outcomes.add(ImportRow.rejected(importId, pending.row(), parser.columnOf(problem.field()),
                        problem.messageKey(), problem.arguments()));
                continue;
            }
            ImportRow outcome = result(matches.get(i));
            if (lookup != null) {
                DetentionRows.Result detention = lookup.details(parser, pending.parsed().detention(),
                        outcome.getOutcome() == RowOutcome.MATCHED ? outcome.getPersonId() : null);
                if (detention.isRefused()) {
                    counts.rejected++;
                    outcomes.add(ImportRow.rejected(importId, pending.row(), detention.problem().column(),
                            detention.problem().key(), detention.problem().arguments()));
                    continue;
                }
            }
            switch (outcome.getOutcome()) {
            case NEW -> counts.created++;
            case MATCHED -> counts.matched++;
            default -> counts.ambiguous++;
            }
            outcomes.add(outcome);
        }
        return outcomes;
    }

    private static ImportRow result(Future<ImportRow> match) {
        try {
            return match.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    @PreDestroy
    void stopMatchers() {
        matchers.shutdownNow();
    }

    /**
     * The registered person a row is: the one person with its document number; else the one candidate whose name
     * is the same and who was born on the day the row gives. Candidates whose birth date contradicts the row's are
     * not the row's person. Any other candidate makes the row wait for a person's choice; none makes a new person.
     */
    private ImportRow match(UUID importId, int row, RowParser.Parsed parsed) {
        if (parsed.documentNumber() != null) {
            List<PersonHit> byDocument = persons.search(new PersonSearch(null, null, null, 0, null,
                    parsed.documentNumber()), 0, 2).items();
            if (byDocument.size() == 1) {
                return ImportRow.matched(importId, row, byDocument.get(0).id(), 1.0, byDocument.get(0).displayName());
            }
        }
        List<PersonMatch> candidates = persons.matchName(parsed.name(), parsed.birthDate(), CANDIDATES).stream()
                .filter(m -> !contradicts(parsed.birthDate(), m.person().birthDate())).toList();
        List<PersonMatch> certain = candidates.stream()
                .filter(m -> m.sameName() && sameDay(parsed.birthDate(), m.person().birthDate())).toList();
        if (certain.size() == 1) {
            PersonMatch match = certain.get(0);
            return ImportRow.matched(importId, row, match.person().id(), match.score(), match.person().matchedName());
        }
        if (candidates.isEmpty()) {
            return ImportRow.created(importId, row);
        }
        return ImportRow.ambiguous(importId, row, candidates.stream()
                .map(m -> new ImportRow.Candidate(m.person().id(), m.score(), m.person().matchedName())).toList());
    }

    /**
     * Whether both dates name the same day. A year or a month that agrees is not enough: in a large registry, many
     * persons of the same name are born in the same year, and a row must never land on the wrong one.
     */
    private static boolean sameDay(PartialDate a, PartialDate b) {
        return a != null && b != null && a.earliestDay().equals(a.latestDay()) && a.earliestDay().equals(b.earliestDay())
                && b.earliestDay().equals(b.latestDay());
    }

    private static boolean contradicts(PartialDate a, PartialDate b) {
        return a != null && b != null && (a.latestDay().isBefore(b.earliestDay())
                || b.latestDay().isBefore(a.earliestDay()));
    }

    private void save(UUID importId, List<ImportRow> done, int rowsRead, AtomicBoolean cancelled) {
        separate.executeWithoutResult(status -> {
            done.forEach(entityManager::persist);
            imports.progress(importId, rowsRead);
        });
        done.clear();
        stopIfCancelled(importId, cancelled);
    }

    // ---- the run

    void run(UUID importId, AtomicBoolean cancelled) {
        if (store(importId, cancelled)) {
            index(importId);
        }
    }

    /** Saves the file ({@link #save}); whether it was, or else the import's failure, cancel or earlier import. */
    boolean store(UUID importId, AtomicBoolean cancelled) {
        try {
            transaction.executeWithoutResult(status -> save(importId, cancelled));
            return true;
        } catch (RowFailure failure) {
            fail(importId, failure);
        } catch (Cancelled e) {
            separate.executeWithoutResult(status -> imports.findById(importId).orElseThrow()
                    .finished(ImportStatus.CANCELLED, null, null, null, null));
        } catch (DataIntegrityViolationException sameFileMeanwhile) {
            // the key of imported_file: another import of the same file was saved first
            separate.executeWithoutResult(status -> imports.findById(importId).orElseThrow()
                    .finished(ImportStatus.ALREADY_IMPORTED, null, null, null, null));
        } catch (UnreadableSheetException e) {
            fail(importId, new RowFailure(0, "", e.messageKey(), e.arguments()));
        } catch (RuntimeException e) {
            log.error("The run of import {} failed", importId, e);
            fail(importId, new RowFailure(0, "", "imports.failure.unexpected", List.of()));
        }
        return false;
    }

    /**
     * Writes the persons that the run of a saved import registered to the search index, a batch at a time, then
     * marks the import done: "imported" means that they can be found. Also resumes an import whose indexing a
     * restart interrupted.
     */
    void index(UUID importId) {
        int after = 0;
        while (true) {
            int from = after;
            List<Object[]> created = separate.execute(status -> rows.findCreatedAfter(importId, from,
                    PageRequest.ofSize(BATCH)));
            if (created.isEmpty()) {
                break;
            }
            persons.index(created.stream().map(row -> (UUID) row[1]).toList());
            after = (Integer) created.get(created.size() - 1)[0];
        }
        separate.executeWithoutResult(status -> imports.findById(importId).orElseThrow()
                .finished(ImportStatus.DONE, null, null, null, null));
    }

    /**
     * Saves the whole file in the current transaction, a batch at a time, without keeping the batches in memory:
     * each is flushed and the session cleared, and the persons registered are left out of the search index until
     * the transaction has committed ({@link #index}). Ends with the import {@link ImportStatus#INDEXING}.
     */
    private void save(UUID importId, AtomicBoolean cancelled) {
        persons.deferIndexing();
        SpreadsheetImport found = imports.findById(importId).orElseThrow();
        entityManager.persist(new ImportedFile(found.getInstitutionId(), found.getFileSha256(), importId));
        entityManager.flush();
        RowParser parser = parser(found);
        Outcomes outcomes = new Outcomes(importId);
        DetentionRows.Lookup lookup = found.getKind() == ImportKind.DETAINEES ? detentions.lookup() : null;
        Counts counts = new Counts();
        List<Saving> batch = new ArrayList<>();
        readRows(found, (row, duplicateOf) -> {
            counts.total++;
            ImportRow outcome = outcomes.of(row.number());
            switch (outcome.getOutcome()) {
            case DUPLICATE -> counts.duplicates++;
            case REJECTED -> throw new RowFailure(row.number(), outcome.getProblemColumn(), outcome.getProblemKey(),
                    List.copyOf(outcome.getProblemArguments()));
            case MATCHED -> batch.add(new Saving(outcome, parser.parse(row), outcome.getPersonId()));
            case AMBIGUOUS -> {
                if (outcome.getChosen() == null) {
                    throw new RowFailure(row.number(), "", "imports.failure.notChosen", List.of());
                }
                batch.add(new Saving(outcome, parser.parse(row), ImportRow.NEW_PERSON.equals(outcome.getChosen())
                        ? null : UUID.fromString(outcome.getChosen())));
            }
            case NEW -> batch.add(new Saving(outcome, parser.parse(row), null));
            }
            if (batch.size() >= BATCH) {
                save(batch, parser, lookup, counts);
                outcomes.forget();
                separate.executeWithoutResult(status -> imports.progress(importId, counts.total));
                stopIfCancelled(importId, cancelled);
            }
        }, counts);
        save(batch, parser, lookup, counts);
        stopIfCancelled(importId, cancelled);
        SpreadsheetImport saved = imports.findById(importId).orElseThrow();
        audit.record(AuditAction.CREATE, ImportManagement.AUDIT_TYPE, importId, AuditOutcome.SUCCESS,
                String.join(" | ", saved.getReference(), saved.getKind().name(), saved.getFileName(),
                        saved.getFileSha256(), "rows=" + counts.total, "created=" + counts.created,
                        "matched=" + counts.matched, "duplicates=" + counts.duplicates, "empty=" + counts.empty));
        saved.counted(counts.total, counts.created, counts.matched, 0, 0, counts.duplicates, counts.empty);
        saved.finished(ImportStatus.INDEXING, null, null, null, null);
    }

    /**
     * The dry run's outcome of each row, read in file order a page at a time. {@link #forget} drops the page when the
     * session is cleared; the next row reads on from the last one given.
     */
    private final class Outcomes {
        private final UUID importId;
        private final ArrayDeque<ImportRow> page = new ArrayDeque<>();
        private int last;

        Outcomes(UUID importId) {
            this.importId = importId;
        }

        /** The outcome of this row; a row the dry run did not see fails the run. */
        ImportRow of(int rowNumber) {
            while (true) {
                if (page.isEmpty()) {
                    page.addAll(rows.findAfter(importId, last, List.of(RowOutcome.values()),
                            PageRequest.ofSize(BATCH)));
                }
                ImportRow next = page.peekFirst();
                if (next == null || next.getRowNumber() > rowNumber) {
                    throw new RowFailure(rowNumber, "", "imports.failure.notChecked", List.of());
                }
                page.removeFirst();
                last = next.getRowNumber();
                if (next.getRowNumber() == rowNumber) {
                    return next;
                }
            }
        }

        void forget() {
            page.clear();
        }
    }

    /**
     * Saves a batch of rows: registers the persons of new rows, checks that each registered person a row lands on
     * may still be read, and records the detentions of a detainee list; then flushes and clears the session. A row
     * the people or detention module refuses fails the whole file, naming the row and column.
     */
    private void save(List<Saving> batch, RowParser parser, DetentionRows.Lookup lookup, Counts counts) {
        if (batch.isEmpty()) {
            return;
        }
        List<Saving> fresh = new ArrayList<>();
        for (Saving saving : batch) {
            if (saving.parsed.isRefused()) {
                RowParser.Problem problem = saving.parsed.problems().get(0);
                throw new RowFailure(saving.row(), problem.column(), problem.key(), problem.arguments());
            }
            if (saving.personId == null) {
                fresh.add(saving);
            }
        }
        Set<UUID> linked = new HashSet<>();
        batch.stream().filter(saving -> saving.personId != null).forEach(saving -> linked.add(saving.personId));
        Set<UUID> readable = ImportManagement.readablePersons(persons, linked);
        for (Saving saving : batch) {
            if (saving.personId != null && !readable.contains(saving.personId)) {
                throw new RowFailure(saving.row(), "", "imports.failure.personGone", List.of());
            }
        }
        if (!fresh.isEmpty()) {
            List<PersonView> registered;
            try {
                registered = persons.registerAll(fresh.stream().map(saving -> saving.parsed.registration()).toList());
            } catch (InvalidInputException e) {
                throw failure(e, fresh, parser::columnOf);
            }
            for (int i = 0; i < fresh.size(); i++) {
                fresh.get(i).personId = registered.get(i).id();
                fresh.get(i).outcome.created(registered.get(i).id());
            }
        }
        if (lookup != null) {
            List<DetentionDetails> details = new ArrayList<>(batch.size());
            for (Saving saving : batch) {
                DetentionRows.Result detention = lookup.details(parser, saving.parsed.detention(), saving.personId);
                if (detention.isRefused()) {
                    throw new RowFailure(saving.row(), detention.problem().column(), detention.problem().key(),
                            detention.problem().arguments());
                }
                details.add(detention.details());
            }
            try {
                detentions.createAll(details);
            } catch (InvalidInputException e) {
                throw failure(e, batch, parser::columnOfDetention);
            }
        }
        entityManager.flush();
        entityManager.clear();
        counts.created += fresh.size();
        counts.matched += batch.size() - fresh.size();
        batch.clear();
    }

    /** The failure of the row a module named in a problem of a batch ({@code [i].field}). */
    private static RowFailure failure(InvalidInputException e, List<Saving> batch,
            Function<String, String> columnOf) {
        FieldProblem problem = e.problems().get(0);
        Matcher field = ROW_FIELD.matcher(problem.field());
        int index = field.matches() ? Integer.parseInt(field.group(1)) : 0;
        return new RowFailure(batch.get(index).row(), field.matches() ? columnOf.apply(field.group(2)) : "",
                problem.messageKey(), problem.arguments());
    }

    /** A row being saved, with its dry run's outcome and the person it lands on, known once a new one is registered. */
    private static final class Saving {
        final ImportRow outcome;
        final RowParser.Parsed parsed;
        UUID personId;

        Saving(ImportRow outcome, RowParser.Parsed parsed, UUID personId) {
            this.outcome = outcome;
            this.parsed = parsed;
            this.personId = personId;
        }

        int row() {
            return outcome.getRowNumber();
        }
    }

    // ---- common

    private interface RowHandler {
        void row(SheetRow row, Integer duplicateOf);
    }

    /**
     * Reads the rows after the header: counts empty rows, and tells each other row whether it repeats an earlier
     * one (by the number of that row).
     */
    private void readRows(SpreadsheetImport found, RowHandler handler, Counts counts) {
        RowParser keys = parser(found);
        Map<String, Integer> seen = new HashMap<>();
        boolean[] header = { false };
        SheetReader.read(found.getFileFormat(), () -> files.open(found.getFileSha256()), found.getSheetName(), row -> {
            if (row.isEmpty()) {
                if (header[0]) {
                    counts.empty++;
                }
                return true;
            }
            if (!header[0]) {
                header[0] = true;
                return true;
            }
            Integer first = seen.putIfAbsent(keys.duplicateKey(row), row.number());
            handler.row(row, first);
            return true;
        });
    }

    private RowParser parser(SpreadsheetImport found) {
        return new RowParser(ImportManagement.mappingOf(found), found.getHeaderCells(), management.maxCellChars(),
                management.today(), found.getConfidentiality(), found.getTeamId(), "import " + found.getReference());
    }

    private void stopIfCancelled(UUID importId, AtomicBoolean cancelled) {
        if (cancelled.get() || Boolean.TRUE.equals(separate.execute(status -> imports.isCancelRequested(importId)))) {
            throw new Cancelled();
        }
    }

    /** A dry run that could not end: its report so far is dropped. */
    private void failCheck(UUID importId, RowFailure failure) {
        separate.executeWithoutResult(status -> rows.deleteOfImport(importId));
        fail(importId, failure);
    }

    private void fail(UUID importId, RowFailure failure) {
        separate.executeWithoutResult(status -> imports.findById(importId).orElseThrow().finished(
                ImportStatus.FAILED, failure.row == 0 ? null : failure.row, failure.column, failure.key,
                failure.arguments));
    }

    private record Pending(int row, RowParser.Parsed parsed) {
    }

    private static final class Counts {
        int total;
        int created;
        int matched;
        int ambiguous;
        int rejected;
        int duplicates;
        int empty;
    }
}
