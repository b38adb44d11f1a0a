package org.huquq.deadlines;

/** What a person records about the answer to an outgoing letter. */
public enum ReplyDeadlineOutcomeKind {
    /** The recipient confirmed receipt or said it is looking into it: never an answer in substance. */
    ACKNOWLEDGED,
    /** The recipient answered in substance. */
    ANSWERED,
    /** The recipient refused to consider the letter. */
    REFUSED,
    /** The recipient forwarded the letter to another body; the answer is now due from that body. */
    FORWARDED,
    /** We decided that no answer is expected (the letter closes without one). */
    NO_ANSWER_EXPECTED;

    public String messageKey() {
        return "deadlines.replyDeadline.outcome." + name();
    }
}
