package org.huquq.deadlines;

/** Whether a reply rule's periods are counted in calendar days or in working days of the rule's country. */
public enum ReplyRuleDayKind {
    CALENDAR, WORKING;

    public String messageKey() {
        return "deadlines.replyRule.dayKind." + name();
    }
}
