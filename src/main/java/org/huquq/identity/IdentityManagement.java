package org.huquq.identity;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.domain.Institution;
import org.huquq.identity.domain.InstitutionRepository;
import org.huquq.identity.domain.Team;
import org.huquq.identity.domain.TeamRepository;
import org.huquq.identity.domain.UserAccount;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.identity.security.HuquqUserDetailsService;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Institutions, teams and users: creation, lookup, administration, passwords and the language preference. Every
 * change is audited in its own transaction. Methods taking an institution id act only on that institution's
 * users and answer {@link NotFoundException} for any other.
 */
@Service
public class IdentityManagement {

    private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final UUID SYSTEM_USER_ID = new UUID(0, 0);

    private final InstitutionRepository institutions;
    private final TeamRepository teams;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final HuquqUserDetailsService principals;

    IdentityManagement(InstitutionRepository institutions, TeamRepository teams, UserAccountRepository users,
            PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog audit,
            HuquqUserDetailsService principals) {
        this.institutions = institutions;
        this.teams = teams;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.principals = principals;
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Transactional
    public UUID createInstitution(String code, String name, String countryCode, String defaultLanguage) {
        Institution institution = institutions.save(new Institution(code, name, countryCode, defaultLanguage));
        audit.recordFor(institution.getId(), actorName(), AuditAction.CREATE, "Institution", institution.getId(),
                AuditOutcome.SUCCESS, code);
        return institution.getId();
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findInstitutionByCode(String code) {
        return institutions.findByCode(code).map(Institution::getId);
    }

    @Transactional(readOnly = true)
    public String institutionName(UUID institutionId) {
        return institutions.findById(institutionId).map(Institution::getName).orElse("");
    }

    /**
     * The country of the institution (ISO 3166-1 alpha-2), whose law governs its own duties such as answering the
     * letters it receives; empty when none was given.
     */
    @Transactional(readOnly = true)
    public Optional<String> institutionCountry(UUID institutionId) {
        return institutions.findById(institutionId).map(Institution::getCountryCode)
                .filter(code -> !code.isBlank());
    }

    @Transactional
    public UUID createTeam(UUID institutionId, String name) {
        return createTeam(institutionId, name, null, null);
    }

    /** Creates a team named in English (or as the institution calls it), and also in Russian and Tajik. */
    @Transactional
    public UUID createTeam(UUID institutionId, String name, String nameRu, String nameTg) {
        Team team = teams.save(new Team(institutionId, name, nameRu, nameTg));
        audit.recordFor(institutionId, actorName(), AuditAction.CREATE, "Team", team.getId(), AuditOutcome.SUCCESS, name);
        return team.getId();
    }

    /**
     * The institution's teams, each named in the reader's language (that of the request being served) where the
     * team has a name in it, else as it was created.
     */
    @Transactional(readOnly = true)
    public List<TeamSummary> teams(UUID institutionId) {
        java.util.Locale reader = LocaleContextHolder.getLocale();
        return teams.findByInstitutionIdOrderByName(institutionId).stream()
                .map(t -> new TeamSummary(t.getId(), t.name(reader), t.getLeadUserId())).toList();
    }

    /**
     * Makes a member of the team its lead, or leaves the team without one when {@code userId} is null; a lead
     * receives the daily digest of the team's overdue work.
     *
     * @throws NotFoundException when the team or the user is not of the institution
     * @throws InvalidInputException when the user is not a member of the team (field {@code lead})
     */
    @Transactional
    public void setTeamLead(UUID institutionId, UUID teamId, UUID userId) {
        Team team = teams.findById(teamId).filter(t -> t.getInstitutionId().equals(institutionId))
                .orElseThrow(() -> new NotFoundException("Team", teamId));
        if (userId != null && !account(institutionId, userId).getTeamIds().contains(teamId)) {
            throw new InvalidInputException("lead", "identity.teams.leadNotMember");
        }
        team.setLeadUserId(userId);
        audit.recordFor(institutionId, actorName(), AuditAction.UPDATE, "Team", teamId, AuditOutcome.SUCCESS,
                "lead=" + (userId == null ? "none" : userId));
    }

    /** The teams a user leads, named in the reader's language. */
    @Transactional(readOnly = true)
    public List<TeamSummary> teamsLedBy(UUID institutionId, UUID userId) {
        return teams(institutionId).stream().filter(t -> userId.equals(t.leadUserId())).toList();
    }

    /** The usernames of a team's enabled members, in order. */
    @Transactional(readOnly = true)
    public List<String> teamMembers(UUID teamId) {
        return users.findEnabledMembers(teamId);
    }

    /** The institutions, by id: for work done for each of them in turn (jobs). */
    @Transactional(readOnly = true)
    public List<UUID> institutionIds() {
        return institutions.findAll().stream().map(Institution::getId).toList();
    }

    /** Who receives an institution's daily digest: its enabled heads of office and team leads. */
    @Transactional(readOnly = true)
    public List<UserSummary> digestRecipients(UUID institutionId) {
        Set<UUID> leads = new HashSet<>();
        teams.findByInstitutionIdOrderByName(institutionId).forEach(t -> {
            if (t.getLeadUserId() != null) {
                leads.add(t.getLeadUserId());
            }
        });
        return users(institutionId).stream().filter(UserSummary::enabled)
                .filter(u -> u.roles().contains(Role.HEAD) || leads.contains(u.id())).toList();
    }

    /**
     * Creates a user; the password is hashed with Argon2id and a generated one is returned once. A person creates
     * users without senior roles, granted afterwards through {@link FourEyes}; start-up work creates any.
     *
     * @throws InvalidInputException naming {@code roles} when a person gives a senior role
     */
    @Transactional
    public CreatedUser createUser(NewUser command) {
        if (actingPerson().isPresent() && command.roles().stream().anyMatch(Role.SENIOR::contains)) {
            throw new InvalidInputException("roles", "identity.users.seniorNeedsApproval");
        }
        boolean generated = command.password() == null;
        String password = generated ? randomPassword() : command.password();
        UserAccount account = new UserAccount(command.institutionId(), command.username(), command.displayName(),
                passwordEncoder.encode(password), command.language(), command.roles(), actorName());
        account.setEmail(command.email());
        account.setPasswordChangeRequired(generated);
        for (UUID team : command.teamIds()) {
            if (teams.findById(team).filter(t -> t.getInstitutionId().equals(command.institutionId())).isEmpty()) {
                throw new NotFoundException("Team", team);
            }
            account.getTeamIds().add(team);
        }
        users.save(account);
        audit.recordFor(command.institutionId(), actorName(), AuditAction.CREATE, "User", account.getId(),
                AuditOutcome.SUCCESS, "username=" + command.username() + " roles=" + command.roles());
        return new CreatedUser(account.getId(), account.getUsername(), generated ? password : null);
    }

    /** Whether the institution has a user of this name; other institutions' names are theirs, and not told. */
    @Transactional(readOnly = true)
    public boolean usernameTaken(UUID institutionId, String username) {
        return users.findByInstitutionIdAndUsername(institutionId, username).isPresent();
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users(UUID institutionId) {
        return users.findByInstitutionIdOrderByUsername(institutionId).stream().map(IdentityManagement::summary).toList();
    }

    @Transactional(readOnly = true)
    public Optional<UserSummary> findUser(UUID institutionId, UUID userId) {
        return users.findByIdAndInstitutionId(userId, institutionId).map(IdentityManagement::summary);
    }

    @Transactional(readOnly = true)
    public boolean secondFactorRequired(UUID institutionId) {
        return institution(institutionId).isMfaRequired();
    }

    /** Makes the second factor mandatory (or optional) for every user of the institution from their next sign-in. */
    @Transactional
    public void requireSecondFactor(UUID institutionId, boolean required) {
        Institution institution = institution(institutionId);
        if (institution.isMfaRequired() != required) {
            institution.setMfaRequired(required);
            audit.record(AuditAction.UPDATE, "Institution", institutionId, AuditOutcome.SUCCESS,
                    "secondFactorRequired=" + required);
        }
    }

    @Transactional(readOnly = true)
    public boolean teamNameTaken(UUID institutionId, String name) {
        return teams.existsByInstitutionIdAndNameIgnoreCase(institutionId, name.trim());
    }

    /**
     * Applies an administrator's changes to a user of the institution, provided the user is still at
     * {@code expectedVersion}; otherwise throws {@link StaleVersionException}. A senior role is taken away here but
     * granted only through {@link FourEyes}; no one changes their own roles or disables their own account.
     *
     * @throws InvalidInputException naming {@code roles} or {@code enabled}
     */
    @Transactional
    public UserSummary updateUser(UUID institutionId, UUID userId, long expectedVersion, UserChanges changes) {
        UserAccount account = account(institutionId, userId);
        if (account.getVersion() != expectedVersion) {
            throw new StaleVersionException(expectedVersion, account.getVersion());
        }
        Optional<HuquqUser> person = actingPerson();
        if (person.isPresent() && person.get().userId().equals(userId)) {
            if (!changes.roles().equals(account.getRoles())) {
                throw new InvalidInputException("roles", "identity.users.ownRoles");
            }
            if (!changes.enabled()) {
                throw new InvalidInputException("enabled", "identity.users.ownAccount");
            }
        }
        if (person.isPresent() && changes.roles().stream()
                .anyMatch(role -> Role.SENIOR.contains(role) && !account.getRoles().contains(role))) {
            throw new InvalidInputException("roles", "identity.users.seniorNeedsApproval");
        }
        Set<UUID> ownTeams = new HashSet<>();
        for (UUID team : changes.teamIds()) {
            ownTeams.add(teams.findById(team).filter(t -> t.getInstitutionId().equals(institutionId))
                    .orElseThrow(() -> new NotFoundException("Team", team)).getId());
        }
        account.setDisplayName(changes.displayName());
        account.setEmail(changes.email());
        account.setLanguage(changes.language());
        account.setRoles(changes.roles());
        account.getTeamIds().retainAll(ownTeams);
        account.getTeamIds().addAll(ownTeams);
        // a lead who leaves a team no longer leads it
        teams.findByInstitutionIdOrderByName(institutionId).stream()
                .filter(t -> userId.equals(t.getLeadUserId()) && !ownTeams.contains(t.getId()))
                .forEach(t -> t.setLeadUserId(null));
        account.setEnabled(changes.enabled());
        account.touch(actorName());
        try {
            users.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersionException(expectedVersion, expectedVersion + 1);
        }
        audit.record(AuditAction.UPDATE, "User", userId, AuditOutcome.SUCCESS, "roles=" + changes.roles()
                + " teams=" + ownTeams.size() + " enabled=" + changes.enabled());
        return summary(account);
    }

    /** The user signed in with a one-time password and must choose their own before doing anything else. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(UUID userId) {
        return users.findById(userId).map(UserAccount::isPasswordChangeRequired).orElse(false);
    }

    /**
     * Changes the user's own password after checking the current one, provided the new one passes the
     * {@link PasswordPolicy}. The user's sessions opened with the old password end at their next request.
     */
    @Transactional
    public PasswordChange changePassword(UUID userId, String currentPassword, String newPassword) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        Optional<PasswordChange> weak = passwordPolicy.check(account.getUsername(), newPassword);
        if (weak.isPresent()) {
            return weak.get();
        }
        if (!passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return PasswordChange.WRONG_CURRENT_PASSWORD;
        }
        if (newPassword.equals(currentPassword)) {
            return PasswordChange.SAME_AS_CURRENT;
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.setPasswordChangeRequired(false);
        account.touch(account.getUsername());
        audit.record(AuditAction.UPDATE, "User", userId, AuditOutcome.SUCCESS, "password changed");
        return PasswordChange.CHANGED;
    }

    private Institution institution(UUID institutionId) {
        return institutions.findById(institutionId)
                .orElseThrow(() -> new NotFoundException("Institution", institutionId));
    }

    private UserAccount account(UUID institutionId, UUID userId) {
        return users.findByIdAndInstitutionId(userId, institutionId)
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Remembers the user's interface language. */
    @Transactional
    public void changeLanguage(UUID userId, String language) {
        if (!Languages.isSupported(language)) {
            throw new IllegalArgumentException("unsupported language " + language);
        }
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (!language.equals(account.getLanguage())) {
            account.setLanguage(language);
            account.touch(account.getUsername());
            audit.recordFor(account.getInstitutionId(), account.getUsername(), AuditAction.UPDATE, "User",
                    account.getId(), AuditOutcome.SUCCESS, "language=" + language);
        }
    }

    @Transactional(readOnly = true)
    public Optional<String> language(UUID userId) {
        return users.findById(userId).map(UserAccount::getLanguage);
    }

    /**
     * Runs start-up work (demo data, imports) as a system user of an institution with the head's rights, so that
     * it is authorised and audited like any other change.
     */
    public <T> T runAsSystem(UUID institutionId, Supplier<T> work) {
        return runAs(new HuquqUser(SYSTEM_USER_ID, "system", "System", institutionId,
                Set.of(Role.HEAD, Role.ADMINISTRATOR), Set.of(), Languages.DEFAULT, true, false, false, 0, null), work);
    }

    /**
     * Runs work as the user would do it signed in, with their roles and teams as they are now: what is composed to be
     * sent to a user (an e-mail, a digest) holds only what that user may read, by the same checks as their pages.
     *
     * @throws NotFoundException when there is no such user
     */
    public <T> T runAsUser(UUID userId, Supplier<T> work) {
        HuquqUser user = principals.toPrincipal(users.findById(userId)
                .orElseThrow(() -> new NotFoundException("User", userId)));
        return runAs(user, work);
    }

    private static <T> T runAs(HuquqUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.fullAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static String randomPassword() {
        StringBuilder password = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            password.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }

    /** The signed-in person doing this, if it is one: not start-up work, nor the system user of {@link #runAsSystem}. */
    private static Optional<HuquqUser> actingPerson() {
        return CurrentUser.find().filter(user -> !user.userId().equals(SYSTEM_USER_ID));
    }

    private static String actorName() {
        return CurrentUser.find().map(HuquqUser::username).orElse("system");
    }

    static UserSummary summary(UserAccount a) {
        return new UserSummary(a.getId(), a.getUsername(), a.getDisplayName(), a.getEmail(), a.getLanguage(),
                Set.copyOf(a.getRoles()), Set.copyOf(a.getTeamIds()), a.isEnabled(), a.isTotpEnabled(), a.getVersion());
    }
}
