package org.huquq.correspondence.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.shared.Ids;

/** A reminder to a letter's owner that the letter became overdue or long overdue. */
@Entity
public class LetterReminder {

    @Id
    private UUID id;

    @Column(nullable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private UUID letterId;

    @Column(nullable = false)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReplyDeadlineState replyState;

    @Column(nullable = false)
    private LocalDate replyBy;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant readAt;

    private Instant emailedAt;

    protected LetterReminder() {
    }

    public LetterReminder(UUID institutionId, UUID letterId, String recipient, ReplyDeadlineState state,
            LocalDate replyBy) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.letterId = letterId;
        this.recipient = recipient;
        this.replyState = state;
        this.replyBy = replyBy;
        this.createdAt = Instant.now();
    }

    public void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public void markEmailed() {
        emailedAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public UUID getLetterId() {
        return letterId;
    }

    public String getRecipient() {
        return recipient;
    }

    public ReplyDeadlineState getReplyState() {
        return replyState;
    }

    public LocalDate getReplyBy() {
        return replyBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Instant getEmailedAt() {
        return emailedAt;
    }
}
