package org.huquq.people;

/** Kinds of identity documents. */
public enum DocumentType {
    PASSPORT, NATIONAL_ID, RESIDENCE_PERMIT, MIGRATION_CARD, BIRTH_CERTIFICATE, OTHER
}
