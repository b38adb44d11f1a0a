package org.huquq.deadlines;

import java.util.UUID;

/**
 * Test data for reply rules: {@code ReplyRuleMother.rule().inCountry("RU").workingDays(10).build()}. Codes carry a
 * random suffix, since runs share a database (PostgreSQL in CI).
 */
public final class ReplyRuleMother {

    private String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    private String country = "RU";
    private ReplyRuleCountingStart countingStart = ReplyRuleCountingStart.DELIVERED;
    private Integer deliveryDays = 5;
    private Integer registrationDays;
    private Integer answerDays = 30;
    private ReplyRuleDayKind dayKind = ReplyRuleDayKind.CALENDAR;
    private Integer extensionMaxCount = 0;
    private Integer extensionMaxDays;
    private boolean extensionNeedsNotice;
    private Integer forwardingDays;
    private boolean acknowledgementStopsClock;
    private ReplyRuleNonWorkingEnd nonWorkingEnd = ReplyRuleNonWorkingEnd.NEXT_WORKING_DAY;
    private Integer longOverdueDays = 30;
    private boolean defaultForReceived;

    public static ReplyRuleMother rule() {
        return new ReplyRuleMother();
    }

    /** A rule with the code and the periods of {@code rule}, to change some of them. */
    public static ReplyRuleMother like(ReplyRuleView rule) {
        ReplyRuleMother copy = new ReplyRuleMother();
        copy.code = rule.code();
        copy.country = rule.country();
        copy.countingStart = rule.countingStart();
        copy.deliveryDays = rule.deliveryDays();
        copy.registrationDays = rule.registrationDays();
        copy.answerDays = rule.answerDays();
        copy.dayKind = rule.dayKind();
        copy.extensionMaxCount = rule.extensionMaxCount();
        copy.extensionMaxDays = rule.extensionMaxDays();
        copy.extensionNeedsNotice = rule.extensionNeedsNotice();
        copy.forwardingDays = rule.forwardingDays();
        copy.acknowledgementStopsClock = rule.acknowledgementStopsClock();
        copy.nonWorkingEnd = rule.nonWorkingEnd();
        copy.longOverdueDays = rule.longOverdueDays();
        copy.defaultForReceived = rule.defaultForReceived();
        return copy;
    }

    public ReplyRuleMother inCountry(String country) {
        this.country = country;
        return this;
    }

    public ReplyRuleMother workingDays(int days) {
        this.dayKind = ReplyRuleDayKind.WORKING;
        this.answerDays = days;
        return this;
    }

    public ReplyRuleMother calendarDays(int days) {
        this.dayKind = ReplyRuleDayKind.CALENDAR;
        this.answerDays = days;
        return this;
    }

    public ReplyRuleMother fromRegistration(int registrationDays) {
        this.countingStart = ReplyRuleCountingStart.REGISTERED;
        this.registrationDays = registrationDays;
        return this;
    }

    public ReplyRuleMother fromSending() {
        this.countingStart = ReplyRuleCountingStart.SENT;
        this.deliveryDays = null;
        return this;
    }

    public ReplyRuleMother nonWorkingEnd(ReplyRuleNonWorkingEnd end) {
        this.nonWorkingEnd = end;
        return this;
    }

    public ReplyRuleMother extensions(int count, int maxDays, boolean needsNotice) {
        this.extensionMaxCount = count;
        this.extensionMaxDays = maxDays;
        this.extensionNeedsNotice = needsNotice;
        return this;
    }

    public ReplyRuleMother answerDays(Integer days) {
        this.answerDays = days;
        return this;
    }

    public ReplyRuleMother longOverdueDays(Integer days) {
        this.longOverdueDays = days;
        return this;
    }

    /** Marks the rule as its country's rule for the letters offices there receive. */
    public ReplyRuleMother defaultForReceived() {
        this.defaultForReceived = true;
        return this;
    }

    public ReplyRuleMother code(String code) {
        this.code = code;
        return this;
    }

    public ReplyRuleDetails build() {
        return new ReplyRuleDetails(code, country, "Test rule " + code, "Тестовое правило " + code,
                "Қоидаи санҷишӣ " + code, null, null, null, "Test law, art. 1", countingStart, deliveryDays,
                registrationDays, answerDays, dayKind, extensionMaxCount, extensionMaxDays, extensionNeedsNotice,
                forwardingDays, acknowledgementStopsClock, nonWorkingEnd, longOverdueDays, false, defaultForReceived);
    }
}
