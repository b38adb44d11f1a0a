package org.huquq.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.shared.InstitutionMember;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as the security layer keeps it for a session or a token: identity, institution, roles and
 * teams. Every fully signed-in user also holds the authority {@link #SIGNED_IN}.
 */
public final class HuquqUser implements UserDetails, CredentialsContainer, InstitutionMember {

    /** Granted once the password and, where required, the second factor have been checked. */
    public static final String SIGNED_IN = "SIGNED_IN";

    private final UUID userId;
    private final String username;
    private final String displayName;
    private final UUID institutionId;
    private final Set<Role> roles;
    private final Set<UUID> teamIds;
    private final String language;
    private final boolean enabled;
    private final boolean secondFactorEnabled;
    private final boolean secondFactorRequired;
    private final long accountVersion;
    private final String passwordStamp;
    private transient String passwordHash;

    public HuquqUser(UUID userId, String username, String displayName, UUID institutionId, Set<Role> roles,
            Set<UUID> teamIds, String language, boolean enabled, boolean secondFactorEnabled,
            boolean secondFactorRequired, long accountVersion, String passwordHash) {
        this.userId = userId;
        this.username = username;
        this.displayName = displayName;
        this.institutionId = institutionId;
        this.roles = Set.copyOf(roles);
        this.teamIds = Set.copyOf(teamIds);
        this.language = language;
        this.enabled = enabled;
        this.secondFactorEnabled = secondFactorEnabled;
        this.secondFactorRequired = secondFactorRequired;
        this.accountVersion = accountVersion;
        this.passwordStamp = passwordStamp(passwordHash);
        this.passwordHash = passwordHash;
    }

    /**
     * A fingerprint of a password hash: a session keeps the one of the password it was opened with, and ends when
     * the account's password is no longer that one. The hash itself is not kept in the session.
     */
    public static String passwordStamp(String passwordHash) {
        if (passwordHash == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public UUID userId() {
        return userId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public UUID institutionId() {
        return institutionId;
    }

    /** The version of the user's account when this was read: a session holding an older one is refreshed. */
    public long accountVersion() {
        return accountVersion;
    }

    /** The {@link #passwordStamp(String)} of the password this user signed in with. */
    public String passwordStamp() {
        return passwordStamp;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Set<UUID> teamIds() {
        return teamIds;
    }

    public String language() {
        return language;
    }

    public boolean secondFactorEnabled() {
        return secondFactorEnabled;
    }

    /** The institution requires a second factor and this user has not enrolled one yet. */
    public boolean mustEnrolSecondFactor() {
        return secondFactorRequired && !secondFactorEnabled;
    }

    /** The authorities of a fully signed-in session: the roles and {@link #SIGNED_IN}. */
    public List<GrantedAuthority> fullAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        authorities.add(new SimpleGrantedAuthority(SIGNED_IN));
        return authorities;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return fullAuthorities();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HuquqUser user && user.userId.equals(userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}
