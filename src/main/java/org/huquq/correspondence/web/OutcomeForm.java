package org.huquq.correspondence.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.springframework.format.annotation.DateTimeFormat;

/** What came of an outgoing letter, as the form on its page posts it; the answer is named by its number. */
public class OutcomeForm {

    @NotNull(message = "{web.validation.required}")
    private ReplyDeadlineOutcomeKind kind;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @Size(max = 1000, message = "{web.validation.tooLong}")
    private String note;
    @Size(max = 20, message = "{web.validation.tooLong}")
    private String answerReference;
    private long version;

    static String formField(String field) {
        return "answerLetterId".equals(field) ? "answerReference" : field;
    }

    public ReplyDeadlineOutcomeKind getKind() {
        return kind;
    }

    public void setKind(ReplyDeadlineOutcomeKind kind) {
        this.kind = kind;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAnswerReference() {
        return answerReference;
    }

    public void setAnswerReference(String answerReference) {
        this.answerReference = answerReference;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
