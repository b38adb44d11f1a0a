package org.huquq.imports;

/**
 * What a column of a list holds. Names are a full name as written, or its parts; a row needs one or the other. The
 * detention fields apply to detainee lists only.
 */
public enum ImportField {
    FULL_NAME(false), FAMILY_NAME(false), GIVEN_NAME(false), PATRONYMIC(false), BIRTH_DATE(false), SEX(false),
    NATIONALITY(false), DOCUMENT_NUMBER(false), NOTES(false),
    PLACE(true), DETAINED_FROM(true), DETAINED_TO(true), LEGAL_STATUS(true), LEGAL_BASIS(true),
    HOLDING_AUTHORITY(true), SOURCE(true), SOURCE_DATE(true);

    private final boolean detentionOnly;

    ImportField(boolean detentionOnly) {
        this.detentionOnly = detentionOnly;
    }

    /** Whether a list of this kind can hold it. */
    public boolean appliesTo(ImportKind kind) {
        return kind == ImportKind.DETAINEES || !detentionOnly;
    }

    public String messageKey() {
        return "imports.field." + name();
    }
}
