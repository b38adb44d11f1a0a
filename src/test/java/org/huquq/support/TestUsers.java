package org.huquq.support;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.NewUser;
import org.huquq.identity.Role;
import org.huquq.identity.security.HuquqUserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Creates real institutions, teams and users through the identity module, for tests that need someone to act as.
 * Names carry a random suffix so the same database (PostgreSQL in CI) can hold many test runs.
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery staple";

    private final IdentityManagement identity;
    private final HuquqUserDetailsService userDetails;

    public TestUsers(IdentityManagement identity, HuquqUserDetailsService userDetails) {
        this.identity = identity;
        this.userDetails = userDetails;
    }

    public UUID institution() {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        return identity.createInstitution(code, "Test institution " + code, "TJ", "en");
    }

    public UUID team(UUID institution, String name) {
        return identity.createTeam(institution, name + " " + UUID.randomUUID().toString().substring(0, 6));
    }

    public HuquqUser user(UUID institution, Role role, UUID... teams) {
        return user(institution, EnumSet.of(role), teams);
    }

    public HuquqUser user(UUID institution, Set<Role> roles, UUID... teams) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        identity.createUser(new NewUser(institution, username, "Test " + username, null, "en", roles,
                Set.of(teams), PASSWORD));
        return userDetails.loadUserByUsername(username);
    }

    /** A user with an e-mail address and a language, for what is sent to people. */
    public HuquqUser userWithMail(UUID institution, Role role, String email, String language, UUID... teams) {
        String username = "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        identity.createUser(new NewUser(institution, username, "Test " + username, email, language,
                EnumSet.of(role), Set.of(teams), PASSWORD));
        return userDetails.loadUserByUsername(username);
    }

    /** Runs {@code work} signed in as {@code user}, as a service call from a page or the API would. */
    public static <T> T as(HuquqUser user, java.util.function.Supplier<T> work) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(signedIn(user));
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    /** A fully signed-in authentication for MockMvc's {@code authentication(...)} post-processor. */
    public static Authentication signedIn(HuquqUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.fullAuthorities());
    }
}
