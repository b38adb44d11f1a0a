package org.huquq.deadlines;

/** The event from which a reply rule counts its answer period. */
public enum ReplyRuleCountingStart {
    /** The day the letter was sent. */
    SENT,
    /** The day the recipient received it (assumed from the sent date and the rule's days in transit if unknown). */
    DELIVERED,
    /** The day the recipient registered it (assumed as the last day of the registration period if unknown). */
    REGISTERED;

    public String messageKey() {
        return "deadlines.replyRule.countingStart." + name();
    }
}
