package org.huquq.deadlines;

/**
 * What happens to a period that ends on a weekend day or a public holiday of the rule's country. Most laws move it
 * to the next working day; some departmental instructions bring it forward to the previous one.
 */
public enum ReplyRuleNonWorkingEnd {
    /** The period ends on that day all the same. */
    KEEP,
    NEXT_WORKING_DAY,
    PREVIOUS_WORKING_DAY;

    public String messageKey() {
        return "deadlines.replyRule.nonWorkingEnd." + name();
    }
}
