package org.huquq.correspondence.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.huquq.deadlines.ReplyDeadlineExtension;

/** An extension of the answer period that the recipient of an outgoing letter granted itself. */
@Embeddable
public class LetterExtension {

    private LocalDate noticeOn;

    @Column(name = "extension_days", nullable = false)
    private int days;

    protected LetterExtension() {
    }

    LetterExtension(ReplyDeadlineExtension extension) {
        this.noticeOn = extension.noticeOn();
        this.days = extension.days();
    }

    ReplyDeadlineExtension toExtension() {
        return new ReplyDeadlineExtension(noticeOn, days);
    }
}
