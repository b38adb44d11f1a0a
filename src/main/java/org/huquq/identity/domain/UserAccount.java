package org.huquq.identity.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.huquq.shared.crypto.EncryptedText;
import org.huquq.identity.Role;
import org.huquq.shared.Ids;

/** A member of staff who signs in to Huquq. */
@Entity
public class UserAccount {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    /** Unique within the institution; signs in alone while no other institution uses it, else as name@code. */
    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String displayName;

    private String email;

    @Column(nullable = false)
    private String passwordHash;

    private boolean passwordChangeRequired;

    @Column(nullable = false)
    private String language;

    private boolean enabled = true;

    /** Encrypted in the database under the key set outside it (issue 9). */
    @Convert(converter = EncryptedText.class)
    private String totpSecret;

    private boolean totpEnabled;

    private String totpLastCode;

    private Instant totpLastUsedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "team_id")
    private Set<UUID> teamIds = new HashSet<>();

    @Column(nullable = false)
    private Instant createdAt;

    private String createdBy;

    @Column(nullable = false)
    private Instant updatedAt;

    private String updatedBy;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(UUID institutionId, String username, String displayName, String passwordHash,
            String language, Set<Role> roles, String createdBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.language = language;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        this.updatedAt = createdAt;
        this.updatedBy = createdBy;
    }

    public void touch(String by) {
        this.updatedAt = Instant.now();
        this.updatedBy = by;
    }

    public UUID getId() {
        return id;
    }

    public UUID getInstitutionId() {
        return institutionId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void setPasswordChangeRequired(boolean passwordChangeRequired) {
        this.passwordChangeRequired = passwordChangeRequired;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public void setTotpSecret(String totpSecret) {
        this.totpSecret = totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public void setTotpEnabled(boolean totpEnabled) {
        this.totpEnabled = totpEnabled;
    }

    /** Whether {@code code} is the one accepted last, less than {@code window} ago (a replay). */
    public boolean isTotpReplay(String code, Instant now, java.time.Duration window) {
        return code.equals(totpLastCode) && totpLastUsedAt != null && totpLastUsedAt.plus(window).isAfter(now);
    }

    public void acceptTotp(String code, Instant now) {
        this.totpLastCode = code;
        this.totpLastUsedAt = now;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public Set<UUID> getTeamIds() {
        return teamIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
