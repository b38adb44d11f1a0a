package org.huquq.detention;

/**
 * Where a request was raised: in a letter or a call of correspondence (named by record), during a visit (cited by
 * reference until visits are recorded), or elsewhere (cited by reference).
 */
public enum RaisedIn {
    LETTER, CALL, VISIT, OTHER
}
