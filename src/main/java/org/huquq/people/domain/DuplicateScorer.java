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
        return scoreAtLeast(a, b, Double.NEGATIVE_INFINITY);
    }

    /** The most a name can add: the same name. */
    private static final double SAME_NAME = 0.45;

    /**
     * The score of a pair when it can reach {@code minimum}, else {@code null}: birth dates, documents, contacts and
     * nationalities are weighed first, and the names, the costly part, only when they could still lift the pair to
     * {@code minimum}. Gives exactly what {@link #score} gives whenever that is at least {@code minimum}.
     */
    public static Score scoreAtLeast(Profile a, Profile b, double minimum) {
        List<String> others = new ArrayList<>(4);
        double document = 0;
        if (a.documents().stream().anyMatch(b.documents()::contains)) {
            document = 0.5;
            others.add("people.duplicates.reason.sameDocument");
        }
        double birth = 0;
        if (a.birthDate() != null && b.birthDate() != null) {
            boolean overlap = !a.birthDate().latestDay().isBefore(b.birthDate().earliestDay())
                    && !b.birthDate().latestDay().isBefore(a.birthDate().earliestDay());
            if (a.birthDate().equals(b.birthDate()) && a.birthDate().precision() == PartialDate.Precision.DAY) {
                birth = 0.25;
                others.add("people.duplicates.reason.sameBirthDate");
            } else if (overlap) {
                birth = 0.1;
                others.add("people.duplicates.reason.compatibleBirthDate");
            } else {
                birth = -0.4;
                others.add("people.duplicates.reason.differentBirthDate");
            }
        }
        double contact = 0;
        if (a.contacts().stream().anyMatch(b.contacts()::contains)) {
            contact = 0.1;
            others.add("people.duplicates.reason.sameContact");
        }
        double nationality = 0;
        if (!a.nationalities().isEmpty() && !b.nationalities().isEmpty()) {
            if (a.nationalities().stream().anyMatch(b.nationalities()::contains)) {
                nationality = 0.05;
            } else {
                nationality = -0.1;
                others.add("people.duplicates.reason.differentNationality");
            }
        }
        if (minimum > Double.NEGATIVE_INFINITY
                && Math.min(1, SAME_NAME + document + birth + contact + nationality) < minimum - 1e-9) {
            return null;
        }
        List<String> reasons = new ArrayList<>(others.size() + 1);
        double name = 0;
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
            name = SAME_NAME;
            reasons.add("people.duplicates.reason.sameName");
        } else if (best != null && best.level() == MatchLevel.POSSIBLE) {
            name = 0.25 * best.score();
            reasons.add("people.duplicates.reason.possibleName");
        }
        reasons.addAll(others);
        // summed in the order the parts were always added, so that the value is the same to the last bit
        double score = 0;
        score += name;
        score += document;
        score += birth;
        score += contact;
        score += nationality;
        double value = Math.max(0, Math.min(1, score));
        return value >= minimum ? new Score(value, reasons) : null;
    }
}
