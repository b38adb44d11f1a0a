package org.huquq.correspondence;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the reminders a minute after start and then every hour ({@code huquq.reminders.interval}); off with
 * {@code huquq.reminders.enabled=false}. Safe on several nodes: reminding is idempotent.
 */
@Component
@ConditionalOnProperty(name = "huquq.reminders.enabled", havingValue = "true", matchIfMissing = true)
class LetterReminderJob {

    private static final Logger log = LoggerFactory.getLogger(LetterReminderJob.class);

    private final LetterReminders reminders;

    LetterReminderJob(LetterReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(initialDelayString = "${huquq.reminders.initial-delay:PT1M}",
            fixedDelayString = "${huquq.reminders.interval:PT1H}")
    void run() {
        int created = reminders.remind(LocalDate.now());
        if (created > 0) {
            log.info("reminded owners of {} overdue letters", created);
        }
    }
}
