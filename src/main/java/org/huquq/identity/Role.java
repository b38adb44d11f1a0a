package org.huquq.identity;

import java.util.EnumSet;
import java.util.Set;

/** The roles of an ombudsman institution's staff (PRODUCT.md, "Who uses it"). */
public enum Role {
    HEAD, CASE_OFFICER, MONITOR, REGISTRY_CLERK, ANALYST, ADMINISTRATOR, AUDITOR;

    /** Roles that create and change the institution's records (cases, letters, places, visits...). */
    public static final Set<Role> EDITORS = EnumSet.of(HEAD, CASE_OFFICER, MONITOR, REGISTRY_CLERK);

    /**
     * Roles whose holder reads what others may not or changes who may: granted, and their holders' passwords reset,
     * only with a second person's approval ({@link FourEyes}).
     */
    public static final Set<Role> SENIOR = EnumSet.of(HEAD, AUDITOR, ADMINISTRATOR);

    /** Roles that may approve what {@link FourEyes} holds for a second person. */
    public static final Set<Role> APPROVERS = EnumSet.of(HEAD, ADMINISTRATOR);

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "identity.role." + name();
    }
}
