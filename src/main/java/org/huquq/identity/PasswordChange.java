package org.huquq.identity;

/** The outcome of a user's attempt to change their own password, with the message that explains a refusal. */
public enum PasswordChange {
    CHANGED(null),
    WRONG_CURRENT_PASSWORD("identity.password.wrongCurrent"),
    SAME_AS_CURRENT("identity.password.sameAsCurrent"),
    /** Refused by {@link PasswordPolicy}: fewer than {@link PasswordPolicy#MIN_LENGTH} characters. */
    TOO_SHORT("identity.password.tooShort"),
    /** Refused by {@link PasswordPolicy}: one of the most common passwords, perhaps with digits or symbols around. */
    COMMON_PASSWORD("identity.password.common"),
    /** Refused by {@link PasswordPolicy}: the user name, perhaps reversed or repeated, with digits or symbols. */
    MADE_OF_USERNAME("identity.password.username"),
    /** Refused by {@link PasswordPolicy}: one character repeated. */
    ONE_REPEATED_CHARACTER("identity.password.repeated");

    private final String messageKey;

    PasswordChange(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The key of the message that explains a refusal; none for {@link #CHANGED}. */
    public String messageKey() {
        return messageKey;
    }
}
