package org.huquq.imports;

/** What a list holds: persons only, or detainees (a person and where, since when and why they are held). */
public enum ImportKind {
    PERSONS, DETAINEES;

    public String messageKey() {
        return "imports.kind." + name();
    }
}
