package org.huquq.deadlines.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineFacts;
import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.format.annotation.DateTimeFormat;

/** The reply-by calculator's form: one letter's dates, at most one extension, and what happened. */
public class ReplyDeadlineForm {

    private String rule;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate sentOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate deliveredOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate registeredOn;
    private Integer extensionDays;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate extensionNoticeOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate forwardedOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate setByHand;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate acknowledgedOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate answeredOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate refusedOn;
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate on;

    /** True once the user asked for a calculation (a rule and a sent date were given). */
    boolean isFilled() {
        return rule != null && !rule.isBlank() && sentOn != null;
    }

    ReplyDeadlineFacts toFacts() {
        List<ReplyDeadlineExtension> extensions = extensionDays == null && extensionNoticeOn == null ? List.of()
                : List.of(new ReplyDeadlineExtension(extensionNoticeOn, extensionDays));
        return new ReplyDeadlineFacts(sentOn, deliveredOn, registeredOn, extensions, forwardedOn, setByHand);
    }

    List<ReplyDeadlineOutcome> outcomes() {
        List<ReplyDeadlineOutcome> outcomes = new ArrayList<>();
        if (acknowledgedOn != null) {
            outcomes.add(new ReplyDeadlineOutcome(ReplyDeadlineOutcomeKind.ACKNOWLEDGED, acknowledgedOn));
        }
        if (answeredOn != null) {
            outcomes.add(new ReplyDeadlineOutcome(ReplyDeadlineOutcomeKind.ANSWERED, answeredOn));
        }
        if (refusedOn != null) {
            outcomes.add(new ReplyDeadlineOutcome(ReplyDeadlineOutcomeKind.REFUSED, refusedOn));
        }
        if (forwardedOn != null) {
            outcomes.add(new ReplyDeadlineOutcome(ReplyDeadlineOutcomeKind.FORWARDED, forwardedOn));
        }
        return outcomes;
    }

    /** The form field that shows a problem the module found in a fact. */
    static String field(String problemField) {
        return switch (problemField) {
            case "extensions", "extensions[0].days" -> "extensionDays";
            case "extensions[0].noticeOn" -> "extensionNoticeOn";
            default -> problemField;
        };
    }

    public String getRule() { return rule; }
    public void setRule(String rule) { this.rule = rule; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate sentOn) { this.sentOn = sentOn; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public void setDeliveredOn(LocalDate deliveredOn) { this.deliveredOn = deliveredOn; }
    public LocalDate getRegisteredOn() { return registeredOn; }
    public void setRegisteredOn(LocalDate registeredOn) { this.registeredOn = registeredOn; }
    public Integer getExtensionDays() { return extensionDays; }
    public void setExtensionDays(Integer extensionDays) { this.extensionDays = extensionDays; }
    public LocalDate getExtensionNoticeOn() { return extensionNoticeOn; }
    public void setExtensionNoticeOn(LocalDate extensionNoticeOn) { this.extensionNoticeOn = extensionNoticeOn; }
    public LocalDate getForwardedOn() { return forwardedOn; }
    public void setForwardedOn(LocalDate forwardedOn) { this.forwardedOn = forwardedOn; }
    public LocalDate getSetByHand() { return setByHand; }
    public void setSetByHand(LocalDate setByHand) { this.setByHand = setByHand; }
    public LocalDate getAcknowledgedOn() { return acknowledgedOn; }
    public void setAcknowledgedOn(LocalDate acknowledgedOn) { this.acknowledgedOn = acknowledgedOn; }
    public LocalDate getAnsweredOn() { return answeredOn; }
    public void setAnsweredOn(LocalDate answeredOn) { this.answeredOn = answeredOn; }
    public LocalDate getRefusedOn() { return refusedOn; }
    public void setRefusedOn(LocalDate refusedOn) { this.refusedOn = refusedOn; }
    public LocalDate getOn() { return on; }
    public void setOn(LocalDate on) { this.on = on; }
}
