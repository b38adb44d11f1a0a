package org.huquq.correspondence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.huquq.correspondence.LetterOutcomeView;
import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineOutcomeKind;

/** What a person recorded about the answer to an outgoing letter. Recorded once, never changed. */
@Embeddable
public class LetterOutcome {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyDeadlineOutcomeKind kind;

    @Column(nullable = false)
    private LocalDate happenedOn;

    private String note;

    private UUID answerLetterId;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedBy;

    protected LetterOutcome() {
    }

    LetterOutcome(ReplyDeadlineOutcomeKind kind, LocalDate on, String note, UUID answerLetterId, String by) {
        this.kind = kind;
        this.happenedOn = on;
        this.note = note;
        this.answerLetterId = answerLetterId;
        this.recordedAt = Instant.now();
        this.recordedBy = by;
    }

    ReplyDeadlineOutcome toOutcome() {
        return new ReplyDeadlineOutcome(kind, happenedOn);
    }

    LetterOutcomeView toView() {
        return new LetterOutcomeView(kind, happenedOn, note, answerLetterId, recordedAt, recordedBy);
    }
}
