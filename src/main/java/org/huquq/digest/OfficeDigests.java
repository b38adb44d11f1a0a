package org.huquq.digest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.commitments.CommitmentManagement;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterSummary;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartView;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.TeamSummary;
import org.huquq.shared.KeysetPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the digest of the signed-in user, or of a user it is sent to, from the same lists their pages show: the
 * overdue letters both ways and the commitments with no step reported. A head of office gets the whole office's; a
 * team lead the letters owned by the team's members. Others receive no digest.
 */
@Service
public class OfficeDigests {

    /** The longest overdue letters a section names; its counts cover the rest. */
    public static final int LETTERS_NAMED = 10;

    private final LetterManagement letters;
    private final CommitmentManagement commitments;
    private final CounterpartManagement counterparts;
    private final IdentityManagement identity;

    OfficeDigests(LetterManagement letters, CommitmentManagement commitments, CounterpartManagement counterparts,
            IdentityManagement identity) {
        this.letters = letters;
        this.commitments = commitments;
        this.counterparts = counterparts;
        this.identity = identity;
    }

    /** The signed-in user's digest on {@code on}, counterparts named in {@code language}. */
    @Transactional(readOnly = true)
    public Digest mine(LocalDate on, String language) {
        HuquqUser user = CurrentUser.require();
        List<DigestSection> sections = new ArrayList<>();
        if (user.hasRole(Role.HEAD)) {
            sections.add(section(null, Arrays.asList((String) null), on, language));
        }
        for (TeamSummary team : identity.teamsLedBy(user.institutionId(), user.userId())) {
            sections.add(section(team.name(), identity.teamMembers(team.id()), on, language));
        }
        return new Digest(on, sections);
    }

    /** Whether the signed-in user receives a digest: a head of office or a team lead. */
    @Transactional(readOnly = true)
    public boolean receives() {
        HuquqUser user = CurrentUser.require();
        return user.hasRole(Role.HEAD) || !identity.teamsLedBy(user.institutionId(), user.userId()).isEmpty();
    }

    /**
     * One section: the overdue letters owned by {@code owners} (a single null: anyone's, the whole office, which also
     * counts silent commitments), the longest overdue first.
     */
    private DigestSection section(String team, List<String> owners, LocalDate on, String language) {
        List<LetterSummary> overdue = new ArrayList<>();
        long theyOweUs = 0;
        long weOwe = 0;
        boolean exact = true;
        for (String owner : owners) {
            KeysetPage<LetterSummary> theirs = letters.overdue(on, LetterDirection.OUTGOING, null, owner, null,
                    LETTERS_NAMED);
            KeysetPage<LetterSummary> ours = letters.overdue(on, LetterDirection.INCOMING, null, owner, null,
                    LETTERS_NAMED);
            theyOweUs += theirs.total();
            weOwe += ours.total();
            exact &= theirs.totalExact() && ours.totalExact();
            overdue.addAll(theirs.items());
            overdue.addAll(ours.items());
        }
        List<LetterSummary> longest = overdue.stream()
                .sorted(Comparator.comparingLong(LetterSummary::daysPastReplyBy).reversed()
                        .thenComparing(LetterSummary::reference))
                .limit(LETTERS_NAMED).toList();
        Set<UUID> ids = new HashSet<>();
        longest.forEach(letter -> ids.add(letter.counterpartId()));
        Map<UUID, CounterpartView> names = counterparts.byIds(ids);
        boolean office = team == null;
        long silent = office
                ? commitments.noStepReported(CommitmentManagement.DEFAULT_SILENCE_DAYS, null, null, 1).total() : 0;
        return new DigestSection(team, theyOweUs, weOwe, exact, longest.stream().map(letter -> {
            CounterpartView counterpart = names.get(letter.counterpartId());
            return new DigestLetter(letter.id(), letter.reference(), letter.direction(),
                    counterpart == null ? "" : counterpart.name(language), letter.subject(), letter.confidentiality(),
                    letter.replyBy(), letter.state(), letter.daysPastReplyBy());
        }).toList(), silent, CommitmentManagement.DEFAULT_SILENCE_DAYS);
    }
}
