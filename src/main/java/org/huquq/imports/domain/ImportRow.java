package org.huquq.imports.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.huquq.imports.RowOutcome;

/**
 * What the dry run found for one row of a file: the outcome, the person it matches (with the score and the variant
 * that matched) or the candidates among whom a person must choose, and the choice; or the row it repeats; or the
 * column and the reason it is refused. Written once by the dry run; afterwards only the choice changes, and the run notes the person it registered.
 */
@Entity
@Table(name = "spreadsheet_import_row")
@IdClass(ImportRow.Key.class)
public class ImportRow {

    /** The choice of a new person for an ambiguous row. */
    public static final String NEW_PERSON = "NEW";

    @Id
    private UUID importId;

    @Id
    private int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RowOutcome outcome;

    private UUID personId;
    private Double score;
    private String matchedName;

    /**
     * Candidates best first, each as id, score and matched name separated by a unit separator (U+001F), separated by
     * a record separator (U+001E).
     */
    private String candidates;

    private String chosen;

    /** The person the run registered for this row; written in the run's transaction. */
    private UUID createdPersonId;

    private Integer duplicateOf;
    private String problemColumn;
    private String problemKey;

    /** The problem's arguments, separated by a unit separator (U+001F). */
    private String problemArguments;

    protected ImportRow() {
    }

    private ImportRow(UUID importId, int rowNumber, RowOutcome outcome) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.outcome = outcome;
    }

    public static ImportRow created(UUID importId, int row) {
        return new ImportRow(importId, row, RowOutcome.NEW);
    }

    public static ImportRow matched(UUID importId, int row, UUID personId, double score, String matchedName) {
        ImportRow matched = new ImportRow(importId, row, RowOutcome.MATCHED);
        matched.personId = personId;
        matched.score = score;
        matched.matchedName = matchedName;
        return matched;
    }

    public static ImportRow ambiguous(UUID importId, int row, List<Candidate> candidates) {
        ImportRow ambiguous = new ImportRow(importId, row, RowOutcome.AMBIGUOUS);
        ambiguous.candidates = String.join("\u001e", candidates.stream()
                .map(c -> c.personId() + "\u001f" + c.score() + "\u001f" + c.matchedName()).toList());
        ambiguous.score = candidates.get(0).score();
        ambiguous.matchedName = candidates.get(0).matchedName();
        return ambiguous;
    }

    public static ImportRow duplicate(UUID importId, int row, int of) {
        ImportRow duplicate = new ImportRow(importId, row, RowOutcome.DUPLICATE);
        duplicate.duplicateOf = of;
        return duplicate;
    }

    public static ImportRow rejected(UUID importId, int row, String column, String key, List<Object> arguments) {
        ImportRow rejected = new ImportRow(importId, row, RowOutcome.REJECTED);
        rejected.problemColumn = column;
        rejected.problemKey = key;
        rejected.problemArguments = arguments.isEmpty() ? null
                : String.join("\u001f", arguments.stream().map(String::valueOf).toList());
        return rejected;
    }

    /** A registered person a row may be, with the score of the name and the variant that matched best. */
    public record Candidate(UUID personId, double score, String matchedName) {
    }

    public void choose(String choice) {
        this.chosen = choice;
    }

    /** Remembers the person the run registered for this row. */
    public void created(UUID personId) {
        this.createdPersonId = personId;
    }

    public UUID getImportId() {
        return importId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public RowOutcome getOutcome() {
        return outcome;
    }

    public UUID getPersonId() {
        return personId;
    }

    public Double getScore() {
        return score;
    }

    public String getMatchedName() {
        return matchedName;
    }

    /** The candidates' ids and scores, best first. */
    public List<Candidate> getCandidates() {
        List<Candidate> list = new ArrayList<>();
        if (candidates != null && !candidates.isEmpty()) {
            for (String candidate : candidates.split("\u001e")) {
                String[] parts = candidate.split("\u001f", 3);
                list.add(new Candidate(UUID.fromString(parts[0]), Double.parseDouble(parts[1]), parts[2]));
            }
        }
        return list;
    }

    public String getChosen() {
        return chosen;
    }

    public Integer getDuplicateOf() {
        return duplicateOf;
    }

    public String getProblemColumn() {
        return problemColumn;
    }

    public String getProblemKey() {
        return problemKey;
    }

    public List<String> getProblemArguments() {
        return problemArguments == null ? List.of() : List.of(problemArguments.split("\u001f", -1));
    }

    /** The composite key: the import and the row's number in the file. */
    public static class Key implements Serializable {
        private UUID importId;
        private int rowNumber;

        protected Key() {
        }

        public Key(UUID importId, int rowNumber) {
            this.importId = importId;
            this.rowNumber = rowNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.importId.equals(importId) && key.rowNumber == rowNumber;
        }

        @Override
        public int hashCode() {
            return importId.hashCode() * 31 + rowNumber;
        }
    }
}
