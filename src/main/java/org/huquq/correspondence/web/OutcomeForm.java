package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.deadlines.ReplyDeadlineOutcomeKind;
import org.springframework.format.annotation.DateTimeFormat;

/** What came of an outgoing letter, as the form on its page posts it; the answer is picked (a letter picker). */
public class OutcomeForm {

    @NotNull(message = "{web.validation.required}")
    private ReplyDeadlineOutcomeKind kind;
    @NotNull(message = "{web.validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate on;
    @Size(max = 1000, message = "{web.validation.tooLong}")
    private String note;
    private UUID answerLetterId;
    /** Name or number typed to find the answer; not saved. */
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String answerQuery;
    private long version;

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

    public UUID getAnswerLetterId() {
        return answerLetterId;
    }

    public void setAnswerLetterId(UUID answerLetterId) {
        this.answerLetterId = answerLetterId;
    }

    public String getAnswerQuery() {
        return answerQuery;
    }

    public void setAnswerQuery(String answerQuery) {
        this.answerQuery = answerQuery;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
