package org.huquq.identity.web;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.huquq.identity.CreatedUser;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.FourEyes;
import org.huquq.identity.FourEyesOutcome;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Reauthentication;
import org.huquq.identity.Role;
import org.huquq.identity.UserSummary;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;

/** Users of the caller's institution, for administrators. Updates need {@code If-Match} with the user's ETag. */
@RestController
@Tag(name = "Users", description = "Users of the caller's institution, for administrators")
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserApiController {

    private final IdentityManagement identity;
    private final FourEyes fourEyes;

    UserApiController(IdentityManagement identity, FourEyes fourEyes) {
        this.identity = identity;
        this.fourEyes = fourEyes;
    }

    /** A user as the API shows it. */
    record UserResource(UUID id, String username, String displayName, String email, String language,
            Set<Role> roles, Set<UUID> teamIds, boolean enabled, boolean secondFactorEnabled, long version) {

        static UserResource of(UserSummary u) {
            return new UserResource(u.id(), u.username(), u.displayName(), u.email(), u.language(), u.roles(),
                    u.teamIds(), u.enabled(), u.secondFactorEnabled(), u.version());
        }
    }

    /** A created user with the generated one-time password, present only in this response. */
    record CreatedUserResource(UUID id, String username, String oneTimePassword) {
    }

    @GetMapping
    ApiList<UserResource> list() {
        return ApiList.all(identity.users(institution()).stream().map(UserResource::of).toList());
    }

    @GetMapping("/{id}")
    ResponseEntity<UserResource> one(@PathVariable UUID id) {
        UserSummary user = identity.findUser(institution(), id).orElseThrow(() -> new NotFoundException("User", id));
        return ETags.ok(UserResource.of(user), user.version());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedUserResource> create(@Valid @RequestBody CreateUserForm body) {
        CreatedUser user = identity.createUser(body.toCommand(institution()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id()))
                .body(new CreatedUserResource(user.id(), user.username(), user.oneTimePassword()));
    }

    @PutMapping("/{id}")
    ResponseEntity<UserResource> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody EditUserForm body) {
        long expected = ifMatch.version();
        UserSummary user = identity.updateUser(institution(), id, expected, body.toChanges(body.isEnabled()));
        return ETags.ok(UserResource.of(user), user.version());
    }

    /** The caller's own password, typed again to confirm a senior change. */
    record Confirmation(String password) {
    }

    /** A senior role asked for, confirmed with the caller's own password. */
    record SeniorRoleRequest(Role role, String password) {
    }

    /**
     * Asks for a senior role (head, auditor, administrator) for the user: 202 while it waits for a second person's
     * approval ({@code /api/v1/approvals}), 200 when no one else in the institution could approve it.
     */
    @PostMapping("/{id}/senior-roles")
    ResponseEntity<FourEyesOutcome> requestSeniorRole(@PathVariable UUID id, @RequestBody SeniorRoleRequest body,
            HttpServletRequest request) {
        return answer(fourEyes.requestRole(id, body.role(), new Reauthentication(body.password(),
                request.getRemoteAddr())));
    }

    /**
     * Gives the user a new one-time password: at once (200, the password in the answer) unless the user holds a
     * senior role, when it waits for a second person's approval (202).
     */
    @PostMapping("/{id}/password-reset")
    ResponseEntity<FourEyesOutcome> resetPassword(@PathVariable UUID id, @RequestBody Confirmation body,
            HttpServletRequest request) {
        return answer(fourEyes.resetPassword(id, new Reauthentication(body.password(), request.getRemoteAddr())));
    }

    private static ResponseEntity<FourEyesOutcome> answer(FourEyesOutcome outcome) {
        return ResponseEntity.status(outcome.pending() ? HttpStatus.ACCEPTED : HttpStatus.OK).body(outcome);
    }

    private static UUID institution() {
        return CurrentUser.require().institutionId();
    }
}
