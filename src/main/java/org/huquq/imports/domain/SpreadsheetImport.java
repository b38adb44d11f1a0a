package org.huquq.imports.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.huquq.imports.ImportKind;
import org.huquq.imports.ImportStatus;
import org.huquq.imports.reading.SheetReader;
import org.huquq.shared.ChangeTracked;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Ids;

/**
 * One file imported into one institution: the stored original (by SHA-256), its mapping, where it stands, and what
 * its dry run and run counted. Progress and a request to cancel are written by queries of their own
 * ({@link SpreadsheetImportRepository}), from the background and from another request, without the version.
 */
@Entity
public class SpreadsheetImport extends ChangeTracked {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportKind kind;

    @Column(nullable = false)
    private String fileName;

    @Column(name = "file_sha256", nullable = false)
    private String fileSha256;

    @Column(nullable = false)
    private long fileSize;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SheetReader.Format fileFormat;

    private String sheetName;

    private String headerHash;

    /** The header row's cells, each on a line of its own (a line break inside a header becomes a space). */
    private String headerCells;

    /** The field of each column, in order, separated by commas; an empty entry for a column not imported. */
    private String columnMapping;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ImportStatus status;

    private int rowsRead;
    private Integer rowsTotal;
    private int newCount;
    private int matchedCount;
    private int ambiguousCount;
    private int rejectedCount;
    private int duplicateCount;
    private int emptyCount;

    private Integer failureRow;
    private String failureColumn;
    private String failureKey;

    /** The failure message's arguments, separated by a unit separator (U+001F), which no cell of a list holds. */
    private String failureArguments;

    private UUID earlierImportId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Confidentiality confidentiality;

    private UUID teamId;

    private boolean cancelRequested;

    protected SpreadsheetImport() {
    }

    public SpreadsheetImport(UUID institutionId, String reference, ImportKind kind, String fileName, String sha256,
            long size, SheetReader.Format format, Confidentiality confidentiality, UUID teamId, String by) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.reference = reference;
        this.kind = kind;
        this.fileName = fileName;
        this.fileSha256 = sha256;
        this.fileSize = size;
        this.fileFormat = format;
        this.confidentiality = confidentiality;
        this.teamId = teamId;
        this.status = ImportStatus.UPLOADED;
        created(by);
    }

    /** The header of the chosen sheet (null when the sheet has no rows), and the mapping offered for it. */
    public void header(String sheet, List<String> cells, String hash, String mapping, String by) {
        this.sheetName = sheet;
        this.headerCells = cells == null ? null
                : String.join("\n", cells.stream().map(c -> c.replace('\n', ' ').replace('\r', ' ')).toList());
        this.headerHash = hash;
        this.columnMapping = mapping;
        this.status = ImportStatus.UPLOADED;
        touched(by);
    }

    public void mapped(String mapping, String by) {
        this.columnMapping = mapping;
        this.status = ImportStatus.UPLOADED;
        touched(by);
    }

    public void alreadyImported(UUID earlier) {
        this.earlierImportId = earlier;
        this.status = ImportStatus.ALREADY_IMPORTED;
    }

    /** Starts the dry run or the run: progress from nothing, no failure, no request to cancel. */
    public void started(ImportStatus working, String by) {
        this.status = working;
        this.rowsRead = 0;
        this.failureRow = null;
        this.failureColumn = null;
        this.failureKey = null;
        this.failureArguments = null;
        this.cancelRequested = false;
        touched(by);
    }

    public void counted(int rows, int created, int matched, int ambiguous, int rejected, int duplicates, int empty) {
        this.rowsTotal = rows;
        this.rowsRead = rows;
        this.newCount = created;
        this.matchedCount = matched;
        this.ambiguousCount = ambiguous;
        this.rejectedCount = rejected;
        this.duplicateCount = duplicates;
        this.emptyCount = empty;
    }

    public void finished(ImportStatus status, Integer failureRow, String failureColumn, String failureKey,
            List<Object> arguments) {
        this.status = status;
        this.failureRow = failureRow;
        this.failureColumn = failureColumn;
        this.failureKey = failureKey;
        this.failureArguments = arguments == null || arguments.isEmpty() ? null
                : String.join("\u001f", arguments.stream().map(String::valueOf).toList());
        this.cancelRequested = false;
        this.updatedAt = Instant.now();
    }

    public void choiceMade(int ambiguousLeft, String by) {
        this.ambiguousCount = ambiguousLeft;
        touched(by);
    }

    public UUID getId() {
        return id;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public String getReference() {
        return reference;
    }

    public ImportKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFileSha256() {
        return fileSha256;
    }

    public long getFileSize() {
        return fileSize;
    }

    public SheetReader.Format getFileFormat() {
        return fileFormat;
    }

    public String getSheetName() {
        return sheetName;
    }

    public String getHeaderHash() {
        return headerHash;
    }

    public List<String> getHeaderCells() {
        return headerCells == null ? List.of() : List.of(headerCells.split("\n", -1));
    }

    public String getColumnMapping() {
        return columnMapping;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getRowsRead() {
        return rowsRead;
    }

    public Integer getRowsTotal() {
        return rowsTotal;
    }

    public int getNewCount() {
        return newCount;
    }

    public int getMatchedCount() {
        return matchedCount;
    }

    public int getAmbiguousCount() {
        return ambiguousCount;
    }

    public int getRejectedCount() {
        return rejectedCount;
    }

    public int getDuplicateCount() {
        return duplicateCount;
    }

    public int getEmptyCount() {
        return emptyCount;
    }

    public Integer getFailureRow() {
        return failureRow;
    }

    public String getFailureColumn() {
        return failureColumn;
    }

    public String getFailureKey() {
        return failureKey;
    }

    public List<String> getFailureArguments() {
        return failureArguments == null ? List.of() : List.of(failureArguments.split("\u001f", -1));
    }

    public UUID getEarlierImportId() {
        return earlierImportId;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public UUID getTeamId() {
        return teamId;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
