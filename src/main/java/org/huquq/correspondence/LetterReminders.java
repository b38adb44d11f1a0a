package org.huquq.correspondence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huquq.correspondence.domain.Letter;
import org.huquq.correspondence.domain.LetterReminder;
import org.huquq.correspondence.domain.LetterReminderRepository;
import org.huquq.correspondence.domain.LetterRepository;
import org.huquq.deadlines.ReplyDeadlineState;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.identity.AccessPolicy;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.UserSummary;
import org.huquq.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds owners of letters whose answer became overdue, and again when it became long overdue (the rule's
 * threshold): their answer to our outgoing letter, or ours to their incoming one. The reminder is to the letter's owner
 * either way: an in-app reminder always, an e-mail when SMTP is configured and the owner has an address. Reminding is
 * idempotent per letter, reply-by date and state (a unique key), so it may run again or on several nodes at once.
 */
@Service("letterReminders")
public class LetterReminders {

    private static final Logger log = LoggerFactory.getLogger(LetterReminders.class);
    private static final int BATCH = 200;
    /** The most reminders {@link #mine()} lists. */
    public static final int MAX_LISTED = 100;

    private final LetterReminderRepository reminders;
    private final LetterRepository letters;
    private final ReplyRuleManagement rules;
    private final IdentityManagement identity;
    private final AccessPolicy access;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate newTransaction;
    private final String from;
    private final String baseUrl;

    LetterReminders(LetterReminderRepository reminders, LetterRepository letters, ReplyRuleManagement rules,
            IdentityManagement identity, AccessPolicy access, MessageSource messages, ObjectProvider<JavaMailSender> mail,
            PlatformTransactionManager transactions, @Value("${huquq.mail.from:huquq@localhost}") String from,
            @Value("${huquq.base-url:http://localhost:8080}") String baseUrl) {
        this.reminders = reminders;
        this.letters = letters;
        this.rules = rules;
        this.identity = identity;
        this.access = access;
        this.messages = messages;
        this.mail = mail;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /**
     * Creates the reminders due on {@code today} in every institution and e-mails them; answers how many were
     * created by this call.
     */
    public int remind(LocalDate today) {
        // long overdue first, so that a letter found long overdue at once gets that reminder alone
        int created = 0;
        for (UUID institution : identity.institutionIds()) {
            // each institution's letters by the threshold of its own version of their rule
            Map<String, Integer> longOverdueAfter = new LinkedHashMap<>();
            rules.rules(institution).forEach(rule -> longOverdueAfter.put(rule.code(), rule.longOverdueDays()));
            longOverdueAfter.put(ReplyDeadlines.BY_HAND, ReplyDeadlines.DEFAULT_LONG_OVERDUE_DAYS);
            for (Map.Entry<String, Integer> rule : longOverdueAfter.entrySet()) {
                LocalDate before = today.minusDays(rule.getValue());
                created += remindAll(page -> reminders.findToRemindUnder(institution, rule.getKey(), before,
                        ReplyDeadlineState.LONG_OVERDUE, page), ReplyDeadlineState.LONG_OVERDUE);
            }
        }
        return created + remindAll(page -> reminders.findToRemind(today, page), ReplyDeadlineState.OVERDUE);
    }

    private int remindAll(java.util.function.Function<PageRequest, List<Letter>> due, ReplyDeadlineState state) {
        int created = 0;
        java.util.Set<UUID> tried = new java.util.HashSet<>();
        while (true) {
            List<Letter> batch = newTransaction.execute(status -> due.apply(PageRequest.of(0, BATCH)));
            if (batch == null || !batch.stream().map(Letter::getId).anyMatch(tried::add)) {
                // nothing left, or only letters tried already (whose reminder could not be stored)
                return created;
            }
            for (Letter letter : batch) {
                Optional<LetterReminder> reminder = insert(letter, state);
                if (reminder.isPresent()) {
                    created++;
                    email(letter, reminder.get());
                }
            }
        }
    }

    /** The reminder, when this call created it; empty when another run got there first. */
    private Optional<LetterReminder> insert(Letter letter, ReplyDeadlineState state) {
        try {
            return Optional.ofNullable(newTransaction.execute(status -> {
                if (reminders.existsByLetterIdAndReplyByAndReplyState(letter.getId(), letter.getReplyBy(), state)) {
                    return null;
                }
                return reminders.saveAndFlush(new LetterReminder(letter.institutionId(), letter.getId(),
                        letter.getOwner(), state, letter.getReplyBy()));
            }));
        } catch (DataIntegrityViolationException e) {
            return Optional.empty();
        }
    }

    private void email(Letter letter, LetterReminder reminder) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        Optional<UserSummary> owner = identity.users(letter.institutionId()).stream()
                .filter(u -> u.username().equals(letter.getOwner()) && u.enabled()).findFirst();
        if (owner.isEmpty() || owner.get().email() == null || owner.get().email().isBlank()) {
            return;
        }
        // the owner may have left the letter's team since: a message tells only those who may read the letter,
        // and only up to internal letters say what they are about
        if (!identity.runAsUser(owner.get().id(), () -> access.canRead(CurrentUser.require(), letter))) {
            return;
        }
        Locale locale = Locale.forLanguageTag(owner.get().language() == null ? "en" : owner.get().language());
        String subject = letter.confidentiality().mayTravelByMail() ? letter.toSummary(null).subject()
                : messages.getMessage("correspondence.reminder.mail.withheld", null, locale);
        Object[] arguments = { letter.getReference(), subject, letter.getReplyBy(),
                messages.getMessage(state(reminder).messageKey(), null, locale),
                baseUrl + "/letters/" + letter.getId() };
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(owner.get().email());
        message.setSubject(messages.getMessage("correspondence.reminder.mail.subject", arguments, locale));
        // our own overdue answer asks for something else than theirs
        message.setText(messages.getMessage(letter.getDirection() == LetterDirection.INCOMING
                ? "correspondence.reminder.mail.ourAnswerBody" : "correspondence.reminder.mail.body", arguments,
                locale));
        try {
            sender.send(message);
            newTransaction.executeWithoutResult(status -> reminders.findById(reminder.getId())
                    .ifPresent(LetterReminder::markEmailed));
        } catch (MailException e) {
            // the in-app reminder stands; the mail is not retried
            log.warn("could not e-mail the reminder of {} to {}: {}", letter.getReference(), letter.getOwner(),
                    e.getMessage());
        }
    }

    private static ReplyDeadlineState state(LetterReminder reminder) {
        return reminder.getReplyState();
    }

    /** The signed-in user's reminders, unread first. */
    @Transactional(readOnly = true)
    public List<ReminderView> mine() {
        HuquqUser user = CurrentUser.require();
        List<LetterReminder> found = reminders.findFor(user.institutionId(), user.username(),
                PageRequest.of(0, MAX_LISTED));
        List<ReminderView> views = new ArrayList<>();
        for (LetterReminder reminder : found) {
            letters.findById(reminder.getLetterId()).filter(letter -> access.canRead(user, letter))
                    .ifPresent(letter -> views.add(new ReminderView(reminder.getId(),
                    letter.getId(), letter.getReference(), letter.getDirection(), letter.toSummary(null).subject(),
                    letter.getCounterpartId(), reminder.getReplyState(), reminder.getReplyBy(),
                    reminder.getCreatedAt(), reminder.getReadAt())));
        }
        return views;
    }

    /** How many reminders the signed-in user has not read; 0 when nobody is signed in (for the layout). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                || !(SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof HuquqUser user)) {
            return 0;
        }
        return reminders.countByInstitutionIdAndRecipientAndReadAtIsNull(user.institutionId(), user.username());
    }

    /** Marks one of the signed-in user's reminders read; another user's reminder does not exist for them. */
    @Transactional
    public void markRead(UUID id) {
        HuquqUser user = CurrentUser.require();
        reminders.findByIdAndInstitutionIdAndRecipient(id, user.institutionId(), user.username())
                .orElseThrow(() -> new NotFoundException("Reminder", id)).markRead();
    }
}
