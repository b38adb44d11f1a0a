package org.huquq.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A user's own password change: the current password, the new one and its confirmation. */
public class ChangePasswordForm {

    @NotBlank(message = "{identity.password.currentRequired}")
    @Size(max = 200)
    private String currentPassword;

    @Size(min = 12, max = 200, message = "{identity.password.tooShort}")
    private String newPassword = "";

    private String confirmation;

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

    boolean confirmationMatches() {
        return newPassword != null && newPassword.equals(confirmation);
    }
}
