package org.huquq.identity.web;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.huquq.identity.Role;
import org.huquq.identity.UserChanges;
import org.springframework.util.StringUtils;

/** The fields of a user an administrator sets both at creation and when editing. */
public abstract class UserFields {

    @NotBlank(message = "{identity.users.displayNameRequired}")
    @Size(max = 200, message = "{identity.users.displayNameTooLong}")
    private String displayName;

    @Email(message = "{identity.users.emailInvalid}")
    @Size(max = 254, message = "{identity.users.emailInvalid}")
    private String email;

    @NotBlank(message = "{identity.users.languageInvalid}")
    @Pattern(regexp = "en|ru|tg", message = "{identity.users.languageInvalid}")
    private String language = "en";

    @NotEmpty(message = "{identity.users.roleRequired}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    private Set<UUID> teamIds = new HashSet<>();

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

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
    }

    public Set<UUID> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(Set<UUID> teamIds) {
        this.teamIds = teamIds == null ? new HashSet<>() : teamIds;
    }

    String trimmedDisplayName() {
        return displayName.trim();
    }

    String emailOrNull() {
        return StringUtils.hasText(email) ? email.trim() : null;
    }

    UserChanges toChanges(boolean enabled) {
        return new UserChanges(trimmedDisplayName(), emailOrNull(), language, roles, teamIds, enabled);
    }
}
