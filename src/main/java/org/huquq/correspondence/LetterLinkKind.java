package org.huquq.correspondence;

/** What a letter's link points at. */
public enum LetterLinkKind {
    PERSON,
    PLACE,
    LETTER
}
