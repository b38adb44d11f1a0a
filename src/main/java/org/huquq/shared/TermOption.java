package org.huquq.shared;

/** A vocabulary term as a select list offers it: the stable code to submit and the label to show. */
public record TermOption(String code, String label) {
}
