package org.huquq.people.domain;

import java.util.List;
import java.util.UUID;

import org.huquq.people.matching.NameKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keys again, after an upgrade, the names stored under older folding rules ({@link NameKey#RULES_VERSION}): without
 * it a person registered before the upgrade would be missed by searches that the new rules make. Runs once the
 * application is ready, in pages of its own transactions (each reindexes the persons it touched); until it ends,
 * such a person is found only as the old rules found them.
 */
@Component
class NameKeysUpgrade {

    private static final Logger log = LoggerFactory.getLogger(NameKeysUpgrade.class);
    private static final int PAGE = 1000;
    /** Below every id as both databases order them (unsigned, byte by byte). */
    private static final UUID FIRST = new UUID(0, 0);

    private final PersonNameRepository names;
    private final NameKeys nameKeys;
    private final TransactionTemplate transaction;

    NameKeysUpgrade(PersonNameRepository names, NameKeys nameKeys, PlatformTransactionManager transactionManager) {
        this.names = names;
        this.nameKeys = nameKeys;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (!names.findKeyedBefore(NameKey.RULES_VERSION, FIRST, PageRequest.of(0, 1)).isEmpty()) {
            new Thread(this::rekeyAll, "name-keys-upgrade").start();
        }
    }

    /** Keys again every name made under older rules; returns how many. */
    int rekeyAll() {
        log.info("Keying person names again under folding rules version {}", NameKey.RULES_VERSION);
        int done = 0;
        UUID after = FIRST;
        while (true) {
            UUID from = after;
            List<UUID> page = transaction.execute(status -> {
                List<PersonName> stale = names.findKeyedBefore(NameKey.RULES_VERSION, from, PageRequest.of(0, PAGE));
                stale.forEach(name -> name.rekey(nameKeys.indexKeys(name.getFullForm())));
                return stale.stream().map(PersonName::getId).toList();
            });
            if (page.isEmpty()) {
                log.info("Keyed {} person names again", done);
                return done;
            }
            done += page.size();
            after = page.get(page.size() - 1);
        }
    }
}
