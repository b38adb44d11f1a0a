package org.huquq.identity;

import java.util.EnumSet;
import java.util.Set;

/** The roles of an ombudsman institution's staff (PRODUCT.md, "Who uses it"). */
public enum Role {
    HEAD, CASE_OFFICER, MONITOR, REGISTRY_CLERK, ANALYST, ADMINISTRATOR, AUDITOR;

    /** Roles that create and change the institution's records (cases, letters, places, visits...). */
    public static final Set<Role> EDITORS = EnumSet.of(HEAD, CASE_OFFICER, MONITOR, REGISTRY_CLERK);

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "identity.role." + name();
    }
}
