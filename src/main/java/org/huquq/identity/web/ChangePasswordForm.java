package org.huquq.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.huquq.identity.PasswordPolicy;

/** A user's own password change: the current password, the new one, its confirmation, and what of the tokens. */
public class ChangePasswordForm {

    @NotBlank(message = "{identity.password.currentRequired}")
    @Size(max = 200)
    private String currentPassword;

    @Size(min = PasswordPolicy.MIN_LENGTH, max = 200, message = "{identity.password.tooShort}")
    private String newPassword = "";

    private String confirmation;

    /** Revoke the user's API tokens along with the old password. */
    private boolean revokeTokens;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    public boolean isRevokeTokens() {
        return revokeTokens;
    }

    public void setRevokeTokens(boolean revokeTokens) {
        this.revokeTokens = revokeTokens;
    }

    boolean confirmationMatches() {
        return newPassword != null && newPassword.equals(confirmation);
    }
}
