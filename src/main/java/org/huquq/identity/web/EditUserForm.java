package org.huquq.identity.web;

import org.huquq.identity.UserSummary;

/**
 * An administrator's edit of a user. On the page the version travels in a hidden field; the API takes it from
 * {@code If-Match} instead and ignores this one.
 */
public class EditUserForm extends UserFields {

    private boolean enabled = true;

    private long version;

    static EditUserForm of(UserSummary user) {
        EditUserForm form = new EditUserForm();
        form.setDisplayName(user.displayName());
        form.setEmail(user.email());
        form.setLanguage(user.language());
        form.getRoles().addAll(user.roles());
        form.getTeamIds().addAll(user.teamIds());
        form.enabled = user.enabled();
        form.version = user.version();
        return form;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
