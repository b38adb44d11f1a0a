package org.huquq.imports;

/**
 * What the import does with a row. New: registers a person. Matched: the row is a registered person, nothing new is
 * made of the person. Ambiguous: several registered persons may be the row's, or one only possibly is; a person
 * chooses one of them or a new person before the run. Duplicate: the row repeats an earlier row of the file and is
 * left out. Rejected: the row cannot be read (the column and the reason are named); a file with such a row is not run.
 */
public enum RowOutcome {
    NEW, MATCHED, AMBIGUOUS, DUPLICATE, REJECTED;

    public String messageKey() {
        return "imports.outcome." + name();
    }
}
