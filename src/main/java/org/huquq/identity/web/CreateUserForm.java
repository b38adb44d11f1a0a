package org.huquq.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.huquq.identity.NewUser;

/** A new user of the administrator's institution; the password is generated and shown once. Page form and API body. */
public class CreateUserForm extends UserFields {

    @NotNull(message = "{identity.users.usernameInvalid}")
    @Pattern(regexp = "[a-z0-9._-]{3,60}", message = "{identity.users.usernameInvalid}")
    @UniqueUsername
    private String username;

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    NewUser toCommand(UUID institutionId) {
        return new NewUser(institutionId, username, trimmedDisplayName(), emailOrNull(), getLanguage(), getRoles(),
                getTeamIds(), null);
    }
}
