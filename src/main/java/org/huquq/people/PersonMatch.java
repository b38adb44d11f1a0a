package org.huquq.people;

/**
 * A registered person a name as written may belong to: the search hit (with the variant that matched best), the
 * name similarity of the two from 0 to 1, and whether they are the same name rather than only possibly so.
 */
public record PersonMatch(PersonHit person, double score, boolean sameName) {
}
