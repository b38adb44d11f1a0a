package org.huquq.correspondence.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.huquq.deadlines.ReplyDeadlineState;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LetterReminderRepository extends JpaRepository<LetterReminder, UUID> {

    boolean existsByLetterIdAndReplyByAndReplyState(UUID letterId, LocalDate replyBy, ReplyDeadlineState state);

    Optional<LetterReminder> findByIdAndInstitutionIdAndRecipient(UUID id, UUID institutionId, String recipient);

    /** A user's reminders, unread first, newest first. */
    @Query("""
            select r from LetterReminder r
            where r.institutionId = :institutionId and r.recipient = :recipient
            order by case when r.readAt is null then 0 else 1 end, r.createdAt desc, r.id
            """)
    List<LetterReminder> findFor(UUID institutionId, String recipient, Pageable page);

    long countByInstitutionIdAndRecipientAndReadAtIsNull(UUID institutionId, String recipient);

    /**
     * Letters of every institution still awaiting an answer whose reply-by date is before {@code before} and which
     * have no reminder yet for that date (of any state: a letter found long overdue at once is reminded once), in
     * reply-by order: what the reminder job has to do for overdue letters.
     */
    @Query("""
            select l from Letter l
            where l.awaitingReplyBy < :before
              and not exists (select r.id from LetterReminder r
                              where r.letterId = l.id and r.replyBy = l.awaitingReplyBy)
            order by l.awaitingReplyBy, l.id
            """)
    List<Letter> findToRemind(LocalDate before, Pageable page);

    /**
     * An institution's letters under one rule awaiting an answer since before {@code before} (the long-overdue
     * threshold of the institution's version of the rule) with no reminder of {@code state} yet for their reply-by
     * date.
     */
    @Query("""
            select l from Letter l
            where l.awaitingReplyBy < :before and l.institutionId = :institutionId and l.replyRule = :rule
              and not exists (select r.id from LetterReminder r
                              where r.letterId = l.id and r.replyBy = l.awaitingReplyBy and r.replyState = :state)
            order by l.awaitingReplyBy, l.id
            """)
    List<Letter> findToRemindUnder(UUID institutionId, String rule, LocalDate before, ReplyDeadlineState state,
            Pageable page);
}
