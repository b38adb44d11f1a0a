package org.huquq.deadlines.web;

import java.util.Locale;

import org.huquq.deadlines.ReplyRuleCountingStart;
import org.huquq.deadlines.ReplyRuleDayKind;
import org.huquq.deadlines.ReplyRuleDetails;
import org.huquq.deadlines.ReplyRuleNonWorkingEnd;
import org.huquq.deadlines.ReplyRuleView;

/** The reply-rule form as the browser posts it; the module checks every field. */
public class ReplyRuleForm {

    private String code;
    private String country;
    private String nameEn;
    private String nameRu;
    private String nameTg;
    private String descriptionEn;
    private String descriptionRu;
    private String descriptionTg;
    private String legalBasis;
    private ReplyRuleCountingStart countingStart = ReplyRuleCountingStart.DELIVERED;
    private Integer deliveryDays;
    private Integer registrationDays;
    private Integer answerDays;
    private ReplyRuleDayKind dayKind = ReplyRuleDayKind.CALENDAR;
    private Integer extensionMaxCount = 0;
    private Integer extensionMaxDays;
    private boolean extensionNeedsNotice;
    private Integer forwardingDays;
    private boolean acknowledgementStopsClock;
    private ReplyRuleNonWorkingEnd nonWorkingEnd = ReplyRuleNonWorkingEnd.NEXT_WORKING_DAY;
    private Integer longOverdueDays = 30;
    private boolean deprecated;
    private boolean defaultForReceived;
    private long version;

    static ReplyRuleForm of(ReplyRuleView rule) {
        ReplyRuleForm form = new ReplyRuleForm();
        form.code = rule.code();
        form.country = rule.country();
        form.nameEn = rule.nameEn();
        form.nameRu = rule.nameRu();
        form.nameTg = rule.nameTg();
        form.descriptionEn = rule.descriptionEn();
        form.descriptionRu = rule.descriptionRu();
        form.descriptionTg = rule.descriptionTg();
        form.legalBasis = rule.legalBasis();
        form.countingStart = rule.countingStart();
        form.deliveryDays = rule.deliveryDays();
        form.registrationDays = rule.registrationDays();
        form.answerDays = rule.answerDays();
        form.dayKind = rule.dayKind();
        form.extensionMaxCount = rule.extensionMaxCount();
        form.extensionMaxDays = rule.extensionMaxDays();
        form.extensionNeedsNotice = rule.extensionNeedsNotice();
        form.forwardingDays = rule.forwardingDays();
        form.acknowledgementStopsClock = rule.acknowledgementStopsClock();
        form.nonWorkingEnd = rule.nonWorkingEnd();
        form.longOverdueDays = rule.longOverdueDays();
        form.deprecated = rule.deprecated();
        form.defaultForReceived = rule.defaultForReceived();
        form.version = rule.version();
        return form;
    }

    ReplyRuleDetails toDetails() {
        return new ReplyRuleDetails(code, country, nameEn, nameRu, nameTg, descriptionEn, descriptionRu,
                descriptionTg, legalBasis, countingStart, deliveryDays, registrationDays, answerDays, dayKind,
                extensionMaxCount, extensionMaxDays, extensionNeedsNotice, forwardingDays, acknowledgementStopsClock,
                nonWorkingEnd, longOverdueDays, deprecated, defaultForReceived);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT); }
    public String getCountry() { return country; }
    public void setCountry(String country) {
        this.country = country == null ? null : country.strip().toUpperCase(Locale.ROOT);
    }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameTg() { return nameTg; }
    public void setNameTg(String nameTg) { this.nameTg = nameTg; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String descriptionEn) { this.descriptionEn = descriptionEn; }
    public String getDescriptionRu() { return descriptionRu; }
    public void setDescriptionRu(String descriptionRu) { this.descriptionRu = descriptionRu; }
    public String getDescriptionTg() { return descriptionTg; }
    public void setDescriptionTg(String descriptionTg) { this.descriptionTg = descriptionTg; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public ReplyRuleCountingStart getCountingStart() { return countingStart; }
    public void setCountingStart(ReplyRuleCountingStart countingStart) { this.countingStart = countingStart; }
    public Integer getDeliveryDays() { return deliveryDays; }
    public void setDeliveryDays(Integer deliveryDays) { this.deliveryDays = deliveryDays; }
    public Integer getRegistrationDays() { return registrationDays; }
    public void setRegistrationDays(Integer registrationDays) { this.registrationDays = registrationDays; }
    public Integer getAnswerDays() { return answerDays; }
    public void setAnswerDays(Integer answerDays) { this.answerDays = answerDays; }
    public ReplyRuleDayKind getDayKind() { return dayKind; }
    public void setDayKind(ReplyRuleDayKind dayKind) { this.dayKind = dayKind; }
    public Integer getExtensionMaxCount() { return extensionMaxCount; }
    public void setExtensionMaxCount(Integer extensionMaxCount) { this.extensionMaxCount = extensionMaxCount; }
    public Integer getExtensionMaxDays() { return extensionMaxDays; }
    public void setExtensionMaxDays(Integer extensionMaxDays) { this.extensionMaxDays = extensionMaxDays; }
    public boolean isExtensionNeedsNotice() { return extensionNeedsNotice; }
    public void setExtensionNeedsNotice(boolean extensionNeedsNotice) { this.extensionNeedsNotice = extensionNeedsNotice; }
    public Integer getForwardingDays() { return forwardingDays; }
    public void setForwardingDays(Integer forwardingDays) { this.forwardingDays = forwardingDays; }
    public boolean isAcknowledgementStopsClock() { return acknowledgementStopsClock; }
    public void setAcknowledgementStopsClock(boolean acknowledgementStopsClock) {
        this.acknowledgementStopsClock = acknowledgementStopsClock;
    }
    public ReplyRuleNonWorkingEnd getNonWorkingEnd() { return nonWorkingEnd; }
    public void setNonWorkingEnd(ReplyRuleNonWorkingEnd nonWorkingEnd) { this.nonWorkingEnd = nonWorkingEnd; }
    public Integer getLongOverdueDays() { return longOverdueDays; }
    public void setLongOverdueDays(Integer longOverdueDays) { this.longOverdueDays = longOverdueDays; }
    public boolean isDeprecated() { return deprecated; }
    public void setDeprecated(boolean deprecated) { this.deprecated = deprecated; }
    public boolean isDefaultForReceived() { return defaultForReceived; }
    public void setDefaultForReceived(boolean defaultForReceived) { this.defaultForReceived = defaultForReceived; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
