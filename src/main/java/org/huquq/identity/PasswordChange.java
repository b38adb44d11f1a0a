package org.huquq.identity;

/** The outcome of a user's attempt to change their own password. */
public enum PasswordChange {
    CHANGED, WRONG_CURRENT_PASSWORD, SAME_AS_CURRENT
}
