package org.huquq.deadlines;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.huquq.shared.Multilingual;

/**
 * A reply rule as an institution reads it: the shared rule, or the institution's own version of it, or a rule of the
 * institution's own ({@code origin}); see {@link ReplyRuleDetails} for the meaning of each field. The id is the shared
 * rule's for both the shared rule and an institution's version of it; {@code version} is what {@code If-Match} sends.
 */
public record ReplyRuleView(UUID id, String code, String country, String nameEn, String nameRu, String nameTg,
        String descriptionEn, String descriptionRu, String descriptionTg, String legalBasis,
        ReplyRuleCountingStart countingStart, Integer deliveryDays, Integer registrationDays, int answerDays,
        ReplyRuleDayKind dayKind, int extensionMaxCount, Integer extensionMaxDays, boolean extensionNeedsNotice,
        Integer forwardingDays, boolean acknowledgementStopsClock, ReplyRuleNonWorkingEnd nonWorkingEnd,
        int longOverdueDays, boolean deprecated, boolean defaultForReceived, ReplyRuleOrigin origin, Instant createdAt,
        String createdBy, Instant updatedAt, String updatedBy, long version) {

    public String name(Locale locale) {
        return Multilingual.pick(locale, nameEn, nameRu, nameTg);
    }

    /** The description in the reader's language, else in another one, else null. */
    public String description(Locale locale) {
        String chosen = Multilingual.pick(locale, descriptionEn, descriptionRu, descriptionTg);
        if (chosen != null) {
            return chosen;
        }
        return descriptionEn != null ? descriptionEn : descriptionRu != null ? descriptionRu : descriptionTg;
    }

    /** The rule's facts as a command, to change some of them. */
    public ReplyRuleDetails toDetails() {
        return new ReplyRuleDetails(code, country, nameEn, nameRu, nameTg, descriptionEn, descriptionRu,
                descriptionTg, legalBasis, countingStart, deliveryDays, registrationDays, answerDays, dayKind,
                extensionMaxCount, extensionMaxDays, extensionNeedsNotice, forwardingDays, acknowledgementStopsClock,
                nonWorkingEnd, longOverdueDays, deprecated, defaultForReceived);
    }
}
