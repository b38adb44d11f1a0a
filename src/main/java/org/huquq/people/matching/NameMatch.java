package org.huquq.people.matching;

/**
 * The result of comparing two names.
 *
 * @param score similarity from 0 (nothing in common) to 1 (the same skeletons), for ranking
 * @param level what the comparison allows to conclude
 */
public record NameMatch(double score, MatchLevel level) {

    public NameMatch {
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score must be within 0..1: " + score);
        }
    }
}
