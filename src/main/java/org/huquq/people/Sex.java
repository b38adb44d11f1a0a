package org.huquq.people;

/** A person's sex as recorded. */
public enum Sex {
    FEMALE, MALE, UNKNOWN
}
