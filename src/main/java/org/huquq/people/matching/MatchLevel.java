package org.huquq.people.matching;

/** How far two names may be taken for one person, in increasing order. */
public enum MatchLevel {

    /** Not the same person by name. */
    DIFFERENT,

    /** Could be the same person; a person must judge (same root with another ending, a part missing). */
    POSSIBLE,

    /** The same name in another spelling, script, order or with a small typo. */
    SAME
}
