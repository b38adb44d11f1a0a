package org.huquq.deadlines;

/** Whose a reply rule is, as an institution reads it. */
public enum ReplyRuleOrigin {
    /** The rule shared by every institution of the installation, as the migrations ship it; read-only. */
    SHARED,
    /** The institution's own version of a shared rule of the same code: only it counts under it; it can go back. */
    OWN_VERSION,
    /** A rule the institution created, which no other institution sees. */
    OWN;

    public String messageKey() {
        return "deadlines.replyRule.origin." + name();
    }
}
