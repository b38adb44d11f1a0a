package org.huquq.digest;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the day's digests at {@code huquq.digest.cron} (07:00 on working days by default); off with
 * {@code huquq.digest.enabled=false}. Safe on several nodes and when run again: each digest goes out once.
 */
@Component
@ConditionalOnProperty(name = "huquq.digest.enabled", havingValue = "true", matchIfMissing = true)
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final DigestMails mails;
    private final Clock clock;

    DigestJob(DigestMails mails, Clock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Scheduled(cron = "${huquq.digest.cron:0 0 7 * * MON-FRI}")
    void run() {
        int sent = mails.send(LocalDate.now(clock));
        if (sent > 0) {
            log.info("sent {} daily digests", sent);
        }
    }
}
