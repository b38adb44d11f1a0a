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
 *
 * <p>A name weighs by how many persons of the registry bear it, when that is known (the idea of Fellegi and Sunter:
 * agreeing on a name few persons bear is strong evidence, on a name hundreds bear it is weak). A name borne by at
 * most {@value #RARE_BEARERS} persons counts fully, one borne by {@value #COMMON_BEARERS} or more counts
 * {@value #COMMON_NAME} instead of {@value #SAME_NAME} when the same, and in between in proportion to the logarithm
 * of the number. Two bearers of a common name born in a compatible year are then not proposed (0.30 + 0.10 + 0.05 for
 * a shared nationality is under the threshold) unless something more agrees: the same full date of birth, a
 * document, a family contact. A pair that shares a document number is no chance pair of namesakes: its name counts
 * fully. Why these numbers: docs/performance.md, "Duplicate detection".
 */
public final class DuplicateScorer {

    /** Pairs scoring at least this are proposed to an officer. */
    public static final double THRESHOLD = 0.5;

    /** The most a name can add: the same name, borne by few persons or by an unknown number. */
    static final double SAME_NAME = 0.45;
    /** What the same name adds when it is common in the registry. */
    static final double COMMON_NAME = 0.30;
    /** A name borne by at most this many persons of the registry (the pair included) counts fully. */
    public static final int RARE_BEARERS = 4;
    /** A name borne by at least this many persons of the registry counts {@link #COMMON_NAME}. */
    public static final int COMMON_BEARERS = 40;

    /**
     * What the scorer needs of a person, read once: names already {@linkplain NameSimilarity#prepare(PersonName)
     * read}, normalised document numbers, contacts' name keys, nationalities, and the hashes of the name blocking keys
     * ({@link DuplicateDetector#nameKeys}, sorted), by which a {@link NameFrequency} finds how common the name two
     * persons share is.
     */
    public record Profile(UUID id, List<NameSimilarity.Prepared> names, PartialDate birthDate, Set<String> documents,
            Set<String> contacts, Set<String> nationalities, long[] nameKeys) {

        /** A profile of names as written, each read here. */
        public static Profile of(UUID id, List<PersonName> names, PartialDate birthDate, Set<String> documents,
                Set<String> contacts, Set<String> nationalities) {
            NameSimilarity.Reader reader = new NameSimilarity.Reader();
            return new Profile(id, names.stream().map(reader::prepare).toList(), birthDate, documents, contacts,
                    nationalities, DuplicateDetector.nameKeys(reader, names));
        }
    }

    /** How many persons of a registry bear the name two persons share. */
    @FunctionalInterface
    public interface NameFrequency {

        /** Nothing known of the registry: every name counts fully. */
        NameFrequency UNKNOWN = (a, b) -> 0;

        /**
         * How many persons of the registry, the two included, bear the most specific name both have (the rarest name
         * blocking key they share); 0 when not known, or when they share no key.
         */
        int bearers(Profile a, Profile b);
    }

    /** A score and the reasons behind it, as message keys. */
    public record Score(double value, List<String> reasons) {
    }

    private DuplicateScorer() {
    }

    /** The score of a pair on its own, knowing nothing of the registry: a name counts fully. */
    public static Score score(Profile a, Profile b) {
        return score(a, b, NameFrequency.UNKNOWN);
    }

    /** The score of a pair, a name weighed by how many persons of the registry bear it. */
    public static Score score(Profile a, Profile b, NameFrequency frequency) {
        return scoreAtLeast(a, b, Double.NEGATIVE_INFINITY, frequency);
    }

    /** {@link #scoreAtLeast(Profile, Profile, double, NameFrequency)} knowing nothing of the registry. */
    public static Score scoreAtLeast(Profile a, Profile b, double minimum) {
        return scoreAtLeast(a, b, minimum, NameFrequency.UNKNOWN);
    }

    /**
     * What a name agreement counts for, as a share of its full weight, when {@code bearers} persons of the registry
     * bear the name: 1 up to {@link #RARE_BEARERS}, {@code COMMON_NAME / SAME_NAME} from {@link #COMMON_BEARERS}, and
     * in between linear in the logarithm of {@code bearers}. 1 when {@code bearers} is 0 (not known).
     */
    public static double nameShare(int bearers) {
        if (bearers <= RARE_BEARERS) {
            return 1;
        }
        double common = COMMON_NAME / SAME_NAME;
        if (bearers >= COMMON_BEARERS) {
            return common;
        }
        double t = Math.log((double) bearers / RARE_BEARERS) / Math.log((double) COMMON_BEARERS / RARE_BEARERS);
        return 1 - t * (1 - common);
    }

    /**
     * The score of a pair when it can reach {@code minimum}, else {@code null}: birth dates, documents, contacts and
     * nationalities are weighed first, then how common the pair's name is, and the names, the costly part, only when
     * they could still lift the pair to {@code minimum}. Gives exactly what {@link #score(Profile, Profile,
     * NameFrequency)} gives whenever that is at least {@code minimum}.
     */
    public static Score scoreAtLeast(Profile a, Profile b, double minimum, NameFrequency frequency) {
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
        boolean bounded = minimum > Double.NEGATIVE_INFINITY;
        if (bounded && !canReach(SAME_NAME, document, birth, contact, nationality, minimum)) {
            return null;
        }
        // a pair tied by a document number is not a pair of namesakes by chance: its name counts fully (so that a typo in
        // a birth date does not hide it, as it did not before names were weighed)
        double share = document > 0 ? 1 : nameShare(frequency.bearers(a, b));
        if (bounded && !canReach(SAME_NAME * share, document, birth, contact, nationality, minimum)) {
            return null;
        }
        List<String> reasons = new ArrayList<>(others.size() + 2);
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
            name = SAME_NAME * share;
            reasons.add("people.duplicates.reason.sameName");
        } else if (best != null && best.level() == MatchLevel.POSSIBLE) {
            name = 0.25 * best.score() * share;
            reasons.add("people.duplicates.reason.possibleName");
        }
        if (name > 0 && share < 1) {
            reasons.add("people.duplicates.reason.commonName");
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

    private static boolean canReach(double name, double document, double birth, double contact, double nationality,
            double minimum) {
        return Math.min(1, name + document + birth + contact + nationality) >= minimum - 1e-9;
    }
}
