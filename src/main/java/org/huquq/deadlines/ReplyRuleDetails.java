package org.huquq.deadlines;

/**
 * What an administrator states about a reply rule, when creating or changing it; the body of
 * {@code POST /api/v1/reply-rules} and {@code PUT /api/v1/reply-rules/{code}}. {@link ReplyRuleManagement} checks
 * every field and every combination and names each field that is wrong.
 *
 * @param code stable code such as {@code RU-59-FZ}: upper-case Latin letters, digits and hyphens; never changes
 * @param country ISO 3166-1 alpha-2 code of the jurisdiction, whose working-day calendar the rule counts in
 * @param legalBasis the citation of the law, in the law's own language
 * @param deliveryDays days in transit assumed when a letter's delivery date is unknown (needed unless counting from
 *        the sent date)
 * @param registrationDays the recipient's registration period (needed when counting from registration)
 * @param answerDays the answer period
 * @param extensionMaxCount how many extensions the recipient may grant itself (0 for none)
 * @param extensionMaxDays the longest single extension (needed when extensions are allowed)
 * @param extensionNeedsNotice whether an extension counts only when the sender was notified of it
 * @param forwardingDays the period within which the recipient forwards a letter outside its competence, or null
 * @param acknowledgementStopsClock whether an acknowledgement satisfies the period (never an answer in substance)
 * @param longOverdueDays an unanswered letter is long overdue more than this many days after its reply-by date
 * @param deprecated whether the rule is no longer offered for new letters
 * @param defaultForReceived whether offices in the rule's country answer the letters they receive under this rule,
 *        unless a letter names another: the rule of an institution's own duty to reply. One per country: marking a
 *        rule unmarks the country's other rule.
 * <p>A yes-or-no left out (null) means no.</p>
 */
public record ReplyRuleDetails(String code, String country, String nameEn, String nameRu, String nameTg,
        String descriptionEn, String descriptionRu, String descriptionTg, String legalBasis,
        ReplyRuleCountingStart countingStart, Integer deliveryDays, Integer registrationDays, Integer answerDays,
        ReplyRuleDayKind dayKind, Integer extensionMaxCount, Integer extensionMaxDays, Boolean extensionNeedsNotice,
        Integer forwardingDays, Boolean acknowledgementStopsClock, ReplyRuleNonWorkingEnd nonWorkingEnd,
        Integer longOverdueDays, Boolean deprecated, Boolean defaultForReceived) {
}
