package org.huquq.people;

/**
 * A person's facts, names or confidentiality changed (published in the transaction that changed them): modules that
 * copy a person's facts onto their own records take the new ones.
 */
public record PersonChanged(PersonView person) {
}
