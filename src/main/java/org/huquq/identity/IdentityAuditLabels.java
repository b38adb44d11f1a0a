package org.huquq.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.huquq.audit.AuditActorNames;
import org.huquq.audit.AuditRecordLabel;
import org.huquq.audit.AuditRecordLabels;
import org.huquq.identity.domain.InstitutionRepository;
import org.huquq.identity.domain.RecordName;
import org.huquq.identity.domain.TeamRepository;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.shared.InstitutionMember;
import org.springframework.stereotype.Component;

/**
 * Names users, teams and the institution in the audit trail, linked to their administration pages for
 * administrators, and gives the display names of the users who acted.
 */
@Component
class IdentityAuditLabels implements AuditRecordLabels, AuditActorNames {

    static final String USER = "User";
    static final String TEAM = "Team";
    static final String INSTITUTION = "Institution";

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final InstitutionRepository institutions;

    IdentityAuditLabels(UserAccountRepository users, TeamRepository teams, InstitutionRepository institutions) {
        this.users = users;
        this.teams = teams;
        this.institutions = institutions;
    }

    @Override
    public Set<String> objectTypes() {
        return Set.of(USER, TEAM, INSTITUTION);
    }

    @Override
    public Map<String, AuditRecordLabel> labels(String objectType, Set<String> objectIds, InstitutionMember reader,
            Locale locale) {
        HuquqUser user = reader instanceof HuquqUser huquqUser ? huquqUser : CurrentUser.require();
        Set<UUID> ids = AuditRecordLabels.uuids(objectIds);
        Map<String, AuditRecordLabel> labels = new HashMap<>();
        if (ids.isEmpty()) {
            return labels;
        }
        List<RecordName> names = switch (objectType) {
            case USER -> users.findNames(ids);
            case TEAM -> teams.findNames(ids);
            default -> institutions.findNames(ids);
        };
        boolean administrator = user.hasRole(Role.ADMINISTRATOR);
        for (RecordName name : names) {
            if (!user.institutionId().equals(name.institutionId())) {
                labels.put(name.id().toString(), AuditRecordLabel.restrictedRecord());
                continue;
            }
            String href = !administrator ? null : switch (objectType) {
                case USER -> "/admin/users/" + name.id();
                case TEAM -> "/admin/teams";
                default -> "/admin/institution";
            };
            labels.put(name.id().toString(), AuditRecordLabel.of(name.name(), href));
        }
        return labels;
    }

    @Override
    public Map<String, String> displayNames(UUID institutionId, Set<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            users.findDisplayNames(institutionId, usernames).forEach(u -> names.put(u.username(), u.displayName()));
        }
        return names;
    }
}
