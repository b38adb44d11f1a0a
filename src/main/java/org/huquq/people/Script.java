package org.huquq.people;

/** The writing system of a name as written, derived from its letters. */
public enum Script {
    CYRILLIC, LATIN, OTHER
}
