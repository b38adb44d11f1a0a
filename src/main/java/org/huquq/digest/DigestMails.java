package org.huquq.digest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.huquq.digest.domain.DigestSent;
import org.huquq.digest.domain.DigestSentRepository;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.UserSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each head of office and team lead their digest of the day by e-mail, in their language, once: the day is
 * recorded for the recipient before the e-mail goes (a unique key), so another run or another node sends nothing
 * more. Nothing is sent without SMTP, to a user without an address, or when nothing is overdue. Letters above
 * "internal" are named by number and state only: the subject stays in the application.
 */
@Service
public class DigestMails {

    private static final Logger log = LoggerFactory.getLogger(DigestMails.class);

    private final OfficeDigests digests;
    private final IdentityManagement identity;
    private final DigestSentRepository sent;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final TransactionTemplate newTransaction;
    private final String from;
    private final String baseUrl;

    DigestMails(OfficeDigests digests, IdentityManagement identity, DigestSentRepository sent, MessageSource messages,
            ObjectProvider<JavaMailSender> mail, PlatformTransactionManager transactions,
            @Value("${huquq.mail.from:huquq@localhost}") String from,
            @Value("${huquq.base-url:http://localhost:8080}") String baseUrl) {
        this.digests = digests;
        this.identity = identity;
        this.sent = sent;
        this.messages = messages;
        this.mail = mail;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** Sends the digests of {@code on} in every institution; answers how many e-mails this call sent. */
    public int send(LocalDate on) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int count = 0;
        for (UUID institution : identity.institutionIds()) {
            for (UserSummary recipient : identity.digestRecipients(institution)) {
                if (recipient.email() != null && !recipient.email().isBlank()
                        && send(sender, institution, recipient, on)) {
                    count++;
                }
            }
        }
        return count;
    }

    private boolean send(JavaMailSender sender, UUID institution, UserSummary recipient, LocalDate on) {
        if (Boolean.TRUE.equals(newTransaction.execute(status -> sent.existsByRecipientIdAndDigestDate(recipient.id(),
                on)))) {
            return false;
        }
        String language = recipient.language() == null ? "en" : recipient.language();
        Digest digest = identity.runAsUser(recipient.id(), () -> digests.mine(on, language));
        if (digest.isEmpty() || !claim(institution, recipient, on)) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(language);
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipient.email());
        message.setSubject(messages.getMessage("digest.mail.subject", new Object[] { digest.overdueLetters() },
                locale));
        message.setText(text(digest, locale));
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            // the digest is on the page; the mail is not retried
            log.warn("could not e-mail the digest of {} to {}: {}", on, recipient.username(), e.getMessage());
            return false;
        }
    }

    /** Records that the recipient's digest of the day goes out; false when another run recorded it first. */
    private boolean claim(UUID institution, UserSummary recipient, LocalDate on) {
        try {
            newTransaction.executeWithoutResult(status -> sent.saveAndFlush(new DigestSent(recipient.id(), on,
                    institution)));
            return true;
        } catch (DataIntegrityViolationException alreadySent) {
            return false;
        }
    }

    String text(Digest digest, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (DigestSection section : digest.sections()) {
            text.append(section.team() == null ? message("digest.section.office", locale)
                    : message("digest.section.team", locale, section.team())).append("\n\n");
            text.append(message(section.exact() ? "digest.theyOweUs" : "digest.theyOweUsAtLeast", locale,
                    section.theyOweUs())).append('\n');
            text.append(message(section.exact() ? "digest.weOwe" : "digest.weOweAtLeast", locale, section.weOwe()))
                    .append('\n');
            if (section.team() == null) {
                text.append(message("digest.silentCommitments", locale, section.silentCommitments(),
                        section.silenceDays())).append('\n');
            }
            lines(section.longestOverdue(), locale, text);
            text.append('\n');
        }
        text.append(message("digest.mail.links", locale, baseUrl + "/digest", baseUrl + "/letters/overdue"));
        return text.toString();
    }

    private void lines(List<DigestLetter> letters, Locale locale, StringBuilder text) {
        if (letters.isEmpty()) {
            return;
        }
        text.append('\n').append(message("digest.longestOverdue", locale)).append('\n');
        for (DigestLetter letter : letters) {
            text.append("- ").append(letter.reference()).append(" · ").append(letter.counterpart()).append(" · ")
                    .append(message("correspondence.letters.whose." + letter.direction().name(), locale))
                    .append(" · ").append(message("digest.daysOverdue", locale, letter.daysOverdue()));
            if (letter.confidentiality().mayTravelByMail() && letter.subject() != null) {
                text.append(" · ").append(letter.subject());
            }
            text.append('\n');
        }
    }

    private String message(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
