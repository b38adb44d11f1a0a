package org.huquq.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.Protected;
import org.huquq.shared.Protection;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether a user may read or change a record. Pages, API, search and exports all ask
 * it, either per record ({@link #canRead}) or as a query filter ({@link #readScope}).
 *
 * <ul>
 * <li>Records of another institution do not exist for the user.</li>
 * <li>Public and internal records: every member of the institution reads them.</li>
 * <li>Confidential: the head and auditors, and members of the assigned team (analysts never).</li>
 * <li>Strictly confidential: the head and members of the assigned team only (analysts never).</li>
 * <li>Changing a record needs an editor role ({@link Role#EDITORS}) and the right to read it.</li>
 * </ul>
 */
@Service
public class AccessPolicy {

    public boolean canRead(HuquqUser user, Protected record) {
        return readScope(user).admits(record.institutionId(), record.confidentiality(), record.teamId());
    }

    public boolean canWrite(HuquqUser user, Protected record) {
        return isEditor(user) && canRead(user, record);
    }

    /** Analysts work with statistics only: they never see who a protected person is. */
    public boolean canSeeIdentities(HuquqUser user) {
        return user.roles().stream().anyMatch(role -> role != Role.ANALYST);
    }

    /**
     * The level and team a new record starts with on a form, so that the form never offers what saving it would
     * refuse: {@code preferred} alone when the user can read a record so kept; else with the first of
     * {@code offeredTeams} (the form's list, in its order) that the user belongs to; else, for a user in no team,
     * the most protective lower level that the user can still read.
     */
    public Protection defaultProtection(HuquqUser user, Confidentiality preferred, List<UUID> offeredTeams) {
        ReadScope scope = readScope(user);
        if (scope.admits(user.institutionId(), preferred, null)) {
            return new Protection(user.institutionId(), preferred, null);
        }
        for (UUID team : offeredTeams) {
            if (user.teamIds().contains(team) && scope.admits(user.institutionId(), preferred, team)) {
                return new Protection(user.institutionId(), preferred, team);
            }
        }
        Confidentiality level = preferred;
        while (level.ordinal() > 0 && !scope.admits(user.institutionId(), level, null)) {
            level = Confidentiality.values()[level.ordinal() - 1];
        }
        return new Protection(user.institutionId(), level, null);
    }

    public boolean isEditor(HuquqUser user) {
        return user.roles().stream().anyMatch(Role.EDITORS::contains);
    }

    /** What the user may read, as parameters for a query or a search predicate. */
    public ReadScope readScope(HuquqUser user) {
        boolean analystOnly = user.hasRole(Role.ANALYST) && user.roles().size() == 1;
        boolean allConfidential = user.hasRole(Role.HEAD) || user.hasRole(Role.AUDITOR);
        boolean allStrict = user.hasRole(Role.HEAD);
        Set<UUID> teams = analystOnly ? Set.of() : user.teamIds();
        return new ReadScope(user.institutionId(), allConfidential, allStrict, teams);
    }

    /**
     * The records a user may read: those of {@code institutionId} at public or internal level, confidential ones
     * when {@code allConfidential} or the team is in {@code teams}, strictly confidential ones when
     * {@code allStrict} or the team is in {@code teams}.
     */
    public record ReadScope(UUID institutionId, boolean allConfidential, boolean allStrict, Set<UUID> teams) {

        /** A team id that matches no record, for queries where an empty IN list is not portable. */
        private static final UUID NO_TEAM = new UUID(0, 0);

        public boolean admits(UUID recordInstitution, Confidentiality level, UUID team) {
            if (!institutionId.equals(recordInstitution)) {
                return false;
            }
            boolean inTeam = team != null && teams.contains(team);
            return switch (level) {
                case PUBLIC, INTERNAL -> true;
                case CONFIDENTIAL -> allConfidential || inTeam;
                case STRICTLY_CONFIDENTIAL -> allStrict || inTeam;
            };
        }

        /**
         * The search-side twin of {@link #admits}, for indexes of {@link Protected} records: they index
         * {@code confidentiality} and {@code teamId} under those names (the institution is filtered separately).
         */
        public SearchPredicate toPredicate(SearchPredicateFactory f) {
            var open = f.terms().field("confidentiality").matchingAny(Confidentiality.PUBLIC, Confidentiality.INTERNAL);
            var inTeam = f.terms().field("teamId").matchingAny(new ArrayList<>(teamsForQuery()));
            var confidential = f.and(f.match().field("confidentiality").matching(Confidentiality.CONFIDENTIAL),
                    allConfidential ? f.matchAll() : inTeam);
            var strict = f.and(f.match().field("confidentiality").matching(Confidentiality.STRICTLY_CONFIDENTIAL),
                    allStrict ? f.matchAll() : inTeam);
            return f.or(open, confidential, strict).toPredicate();
        }

        /** The teams, never empty, for an SQL {@code IN} list. */
        public Set<UUID> teamsForQuery() {
            return teams.isEmpty() ? Set.of(NO_TEAM) : teams;
        }
    }
}
