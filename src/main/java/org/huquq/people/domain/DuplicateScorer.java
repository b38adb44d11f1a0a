package org.huquq.people.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.people.matching.MatchLevel;
import org.huquq.people.matching.NameMatch;
import org.huquq.people.matching.NameSimilarity;
import org.huquq.people.matching.PersonName;
import org.huquq.shared.PartialDate;

/**
 * Scores a pair of persons as possibly one: names (the best pair of variants), birth dates, documents, family
 * contacts and nationalities. A name alone never makes a candidate strong; a shared document number does.
 */
public final class DuplicateScorer {

    /** Pairs scoring at least this are proposed to an officer. */
    public static final double THRESHOLD = 0.5;

    /**
     * What the scorer needs of a person, read once: names already {@linkplain NameSimilarity#prepare(PersonName)
     * read}, normalised document numbers, contacts' name keys, nationalities.
     */
    public record Profile(UUID id, List<NameSimilarity.Prepared> names, PartialDate birthDate, Set<String> documents,
            Set<String> contacts, Set<String> nationalities) {

        /** A profile of names as written, each read here. */
        public static Profile of(UUID id, List<PersonName> names, PartialDate birthDate, Set<String> documents,
                Set<String> contacts, Set<String> nationalities) {
            return new Profile(id, names.stream().map(NameSimilarity::prepare).toList(), birthDate, documents,
                    contacts, nationalities);
        }
    }

    /** A score and the reasons behind it, as message keys. */
    public record Score(double value, List<String> reasons) {
    }

    private DuplicateScorer() {
    }

    public static Score score(Profile a, Profile b) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        NameMatch best = null;
        for (NameSimilarity.Prepared x : a.names()) {
            for (NameSimilarity.Prepared y : b.names()) {
                NameMatch match = NameSimilarity.compare(x, y);
                if (best == null || match.score() > best.score()) {
                    best = match;
                }
            }
        }
        if (best != null && best.level() == MatchLevel.SAME) {
            score += 0.45;
            reasons.add("people.duplicates.reason.sameName");
        } else if (best != null && best.level() == MatchLevel.POSSIBLE) {
            score += 0.25 * best.score();
            reasons.add("people.duplicates.reason.possibleName");
        }
        if (a.documents().stream().anyMatch(b.documents()::contains)) {
            score += 0.5;
            reasons.add("people.duplicates.reason.sameDocument");
        }
        if (a.birthDate() != null && b.birthDate() != null) {
            boolean overlap = !a.birthDate().latestDay().isBefore(b.birthDate().earliestDay())
                    && !b.birthDate().latestDay().isBefore(a.birthDate().earliestDay());
            if (a.birthDate().equals(b.birthDate()) && a.birthDate().precision() == PartialDate.Precision.DAY) {
                score += 0.25;
                reasons.add("people.duplicates.reason.sameBirthDate");
            } else if (overlap) {
                score += 0.1;
                reasons.add("people.duplicates.reason.compatibleBirthDate");
            } else {
                score -= 0.4;
                reasons.add("people.duplicates.reason.differentBirthDate");
            }
        }
        if (a.contacts().stream().anyMatch(b.contacts()::contains)) {
            score += 0.1;
            reasons.add("people.duplicates.reason.sameContact");
        }
        if (!a.nationalities().isEmpty() && !b.nationalities().isEmpty()) {
            if (a.nationalities().stream().anyMatch(b.nationalities()::contains)) {
                score += 0.05;
            } else {
                score -= 0.1;
                reasons.add("people.duplicates.reason.differentNationality");
            }
        }
        return new Score(Math.max(0, Math.min(1, score)), reasons);
    }
}
