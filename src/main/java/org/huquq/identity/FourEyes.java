package org.huquq.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.audit.AuditOutcome;
import org.huquq.identity.domain.FourEyesRequest;
import org.huquq.identity.domain.FourEyesRequestRepository;
import org.huquq.identity.domain.UserAccount;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.identity.security.LoginThrottling;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Senior changes under four eyes (docs/adr/0011): a {@link Role#SENIOR senior role} is granted, and the password of
 * someone who holds one is reset, only when one person of the institution asks, confirming with their own password,
 * and a second person (a head or an administrator, neither the one who asked nor the one it concerns) approves,
 * confirming with theirs. An institution with no second person who could approve gets the change from the one who
 * asked, recorded as such in its audit trail: its first head must come from somewhere. A password reset of anyone
 * else needs the administrator's password only. No one asks for, or approves, a change to themselves.
 */
@Service
public class FourEyes {

    /** A request not approved within this time is no longer approved: the person must ask again. */
    static final Duration VALID_FOR = Duration.ofDays(7);

    private final UserAccountRepository users;
    private final FourEyesRequestRepository requests;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottling throttling;
    private final AuditLog audit;

    FourEyes(UserAccountRepository users, FourEyesRequestRepository requests, PasswordEncoder passwordEncoder,
            LoginThrottling throttling, AuditLog audit) {
        this.users = users;
        this.requests = requests;
        this.passwordEncoder = passwordEncoder;
        this.throttling = throttling;
        this.audit = audit;
    }

    /**
     * Asks for a senior role for a user of the administrator's institution.
     *
     * @throws InvalidInputException naming {@code role} (not senior, already held, or one's own) or {@code password}
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public FourEyesOutcome requestRole(UUID userId, Role role, Reauthentication reauth) {
        HuquqUser actor = requireRole(Role.ADMINISTRATOR);
        UserAccount target = account(actor, userId);
        if (target.getId().equals(actor.userId())) {
            throw new InvalidInputException("role", "identity.users.ownRoles");
        }
        if (role == null || !Role.SENIOR.contains(role)) {
            throw new InvalidInputException("role", "identity.approvals.notSenior");
        }
        if (target.getRoles().contains(role)) {
            throw new InvalidInputException("role", "identity.approvals.alreadyHeld");
        }
        confirm(actor, reauth);
        return ask(actor, target, FourEyesKind.GRANT_ROLE, role);
    }

    /**
     * Gives a user of the administrator's institution a new one-time password, at once for most users and after a
     * second person's approval for one who holds a senior role.
     *
     * @throws InvalidInputException naming {@code password} when the administrator's own password is wrong, or
     *         {@code user} when it is the administrator's own account (changed on the account page)
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public FourEyesOutcome resetPassword(UUID userId, Reauthentication reauth) {
        HuquqUser actor = requireRole(Role.ADMINISTRATOR);
        UserAccount target = account(actor, userId);
        if (target.getId().equals(actor.userId())) {
            throw new InvalidInputException("user", "identity.users.ownPassword");
        }
        confirm(actor, reauth);
        if (target.getRoles().stream().noneMatch(Role.SENIOR::contains)) {
            String password = newPassword(target);
            audit.record(AuditAction.UPDATE, "User", target.getId(), AuditOutcome.SUCCESS, "password reset");
            return new FourEyesOutcome(null, false, password);
        }
        return ask(actor, target, FourEyesKind.RESET_PASSWORD, null);
    }

    /** The requests of the caller's institution still waiting for a second person, oldest first. */
    @Transactional(readOnly = true)
    public List<FourEyesRequestSummary> pending() {
        HuquqUser actor = requireApprover();
        List<FourEyesRequest> open = requests.findByInstitutionIdAndDecidedAtIsNullOrderByRequestedAt(
                actor.institutionId());
        Map<UUID, UserAccount> people = users.findByInstitutionIdOrderByUsername(actor.institutionId()).stream()
                .collect(Collectors.toMap(UserAccount::getId, Function.identity()));
        return open.stream().map(r -> {
            UserAccount target = people.get(r.getUserId());
            UserAccount asker = people.get(r.getRequestedBy());
            return new FourEyesRequestSummary(r.getId(), r.getUserId(), target.getUsername(),
                    target.getDisplayName(), r.getKind(), r.getRole(), asker.getUsername(), r.getRequestedAt(),
                    maySecond(actor, r), r.getRequestedBy().equals(actor.userId()));
        }).toList();
    }

    /**
     * Approves a request as the second person and applies it: the role is granted, or the one-time password made
     * and returned here, once.
     *
     * @throws AccessDeniedToWrite when the caller asked for it or it concerns the caller
     * @throws InvalidInputException naming {@code password}, or {@code request} when it was made too long ago
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public FourEyesOutcome approve(UUID requestId, Reauthentication reauth) {
        HuquqUser actor = requireApprover();
        FourEyesRequest request = pendingRequest(actor, requestId);
        if (!maySecond(actor, request)) {
            throw new AccessDeniedToWrite("a second person approves a request: not the one who asked for it, "
                    + "nor the one it concerns");
        }
        confirm(actor, reauth);
        if (request.getRequestedAt().isBefore(Instant.now().minus(VALID_FOR))) {
            request.decide(actor.userId(), false);
            audit.record(AuditAction.UPDATE, "User", request.getUserId(), AuditOutcome.FAILURE,
                    detail(request) + " expired unapproved");
            throw new InvalidInputException("request", "identity.approvals.expired");
        }
        request.decide(actor.userId(), true);
        UserAccount target = account(actor, request.getUserId());
        String password = apply(request, target);
        audit.record(AuditAction.UPDATE, "User", target.getId(), AuditOutcome.SUCCESS,
                detail(request) + " approved");
        return new FourEyesOutcome(request.getId(), false, password);
    }

    /** Rejects a request, as a second person, or withdraws it, as the one who asked. */
    @Transactional
    public void reject(UUID requestId) {
        HuquqUser actor = requireApprover();
        FourEyesRequest request = pendingRequest(actor, requestId);
        if (!maySecond(actor, request) && !request.getRequestedBy().equals(actor.userId())) {
            throw new AccessDeniedToWrite("a request is rejected by a second person or withdrawn by the one who asked");
        }
        request.decide(actor.userId(), false);
        audit.record(AuditAction.UPDATE, "User", request.getUserId(), AuditOutcome.SUCCESS,
                detail(request) + (request.getRequestedBy().equals(actor.userId()) ? " withdrawn" : " rejected"));
    }

    private FourEyesOutcome ask(HuquqUser actor, UserAccount target, FourEyesKind kind, Role role) {
        Optional<FourEyesRequest> same = requests
                .findByInstitutionIdAndDecidedAtIsNullOrderByRequestedAt(actor.institutionId()).stream()
                .filter(r -> r.getUserId().equals(target.getId()) && r.getKind() == kind && r.getRole() == role)
                .findFirst();
        if (same.isPresent()) {
            return new FourEyesOutcome(same.get().getId(), true, null);
        }
        FourEyesRequest request = requests.save(new FourEyesRequest(actor.institutionId(), target.getId(), kind,
                role, actor.userId()));
        if (anyoneElseMayApprove(actor, target)) {
            audit.record(AuditAction.UPDATE, "User", target.getId(), AuditOutcome.SUCCESS,
                    detail(request) + " requested");
            return new FourEyesOutcome(request.getId(), true, null);
        }
        request.decide(actor.userId(), true);
        String password = apply(request, target);
        audit.record(AuditAction.UPDATE, "User", target.getId(), AuditOutcome.SUCCESS,
                detail(request) + " applied alone: no second person in the institution may approve");
        return new FourEyesOutcome(request.getId(), false, password);
    }

    private String apply(FourEyesRequest request, UserAccount target) {
        return switch (request.getKind()) {
            case GRANT_ROLE -> {
                target.getRoles().add(request.getRole());
                target.touch(CurrentUser.require().username());
                yield null;
            }
            case RESET_PASSWORD -> newPassword(target);
        };
    }

    private String newPassword(UserAccount target) {
        String password = IdentityManagement.randomPassword();
        target.setPasswordHash(passwordEncoder.encode(password));
        target.setPasswordChangeRequired(true);
        target.touch(CurrentUser.require().username());
        return password;
    }

    /** Someone other than the actor and the target who may approve: an enabled head or administrator. */
    private boolean anyoneElseMayApprove(HuquqUser actor, UserAccount target) {
        return users.findByInstitutionIdOrderByUsername(actor.institutionId()).stream()
                .filter(UserAccount::isEnabled)
                .filter(u -> !u.getId().equals(actor.userId()) && !u.getId().equals(target.getId()))
                .anyMatch(u -> u.getRoles().stream().anyMatch(Role.APPROVERS::contains));
    }

    private static boolean maySecond(HuquqUser actor, FourEyesRequest request) {
        return !request.getRequestedBy().equals(actor.userId()) && !request.getUserId().equals(actor.userId());
    }

    /** Checks the actor's password, counted by the sign-in throttle; a wrong one is audited and refused. */
    private void confirm(HuquqUser actor, Reauthentication reauth) {
        String password = reauth == null ? null : reauth.password();
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("password", "identity.reauth.required");
        }
        boolean counted = throttling.countConfirmation(actor.userId(), reauth.address());
        String hash = users.findById(actor.userId()).map(UserAccount::getPasswordHash).orElseThrow();
        if (!passwordEncoder.matches(password, hash) || !counted) {
            audit.record(AuditAction.UPDATE, "User", actor.userId(), AuditOutcome.FAILURE,
                    "password confirmation refused");
            throw new InvalidInputException("password", "identity.reauth.wrong");
        }
        throttling.recordConfirmation(actor.userId(), reauth.address());
    }

    private FourEyesRequest pendingRequest(HuquqUser actor, UUID requestId) {
        return requests.findByIdAndInstitutionId(requestId, actor.institutionId()).filter(FourEyesRequest::isPending)
                .orElseThrow(() -> new NotFoundException("FourEyesRequest", requestId));
    }

    private UserAccount account(HuquqUser actor, UUID userId) {
        return users.findByIdAndInstitutionId(userId, actor.institutionId())
                .orElseThrow(() -> new NotFoundException("User", userId));
    }

    private static String detail(FourEyesRequest request) {
        return "four-eyes " + request.getKind() + (request.getRole() == null ? "" : " " + request.getRole());
    }

    private static HuquqUser requireRole(Role role) {
        HuquqUser actor = CurrentUser.require();
        if (!actor.hasRole(role)) {
            throw new AccessDeniedToWrite("needs the role " + role);
        }
        return actor;
    }

    private static HuquqUser requireApprover() {
        HuquqUser actor = CurrentUser.require();
        if (Role.APPROVERS.stream().noneMatch(actor::hasRole)) {
            throw new AccessDeniedToWrite("needs a head or an administrator");
        }
        return actor;
    }
}
