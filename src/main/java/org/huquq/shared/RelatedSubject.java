package org.huquq.shared;

/** A record whose page lists the records of other modules that concern it. */
public enum RelatedSubject {
    PERSON,
    PLACE,
    COUNTERPART
}
