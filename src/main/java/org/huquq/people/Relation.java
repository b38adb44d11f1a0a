package org.huquq.people;

/** How a family contact is related to the person. */
public enum Relation {
    SPOUSE, PARENT, CHILD, SIBLING, OTHER_RELATIVE, OTHER
}
