package org.huquq.shared;

/** The vocabulary already has a term with this code for the institution (built-in or its own). */
public class DuplicateTermException extends RuntimeException {

    public DuplicateTermException(String vocabulary, String code) {
        super("vocabulary " + vocabulary + " already has a term " + code);
    }
}
