package org.huquq.correspondence;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huquq.people.PersonManagement;
import org.huquq.people.PersonView;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a person or place linked from a record of correspondence as the signed-in user, through its own module: empty
 * when the user may not see it (or it does not exist, which the user cannot tell apart). A read of a confidential one
 * is audited by its module, as any read.
 * <p>
 * Each read runs in a transaction of its own: a record the user may not see fails its module's read, and inside the
 * caller's transaction that failure would mark the whole transaction for rollback. Call it before the calling
 * transaction writes its own audit entry: the entries of one institution are appended under one lock, which the
 * caller would hold while the read waits for it.
 */
@Component
class RecordLinkLookup {

    private final PersonManagement persons;
    private final PlaceManagement places;
    private final TransactionTemplate ownTransaction;

    RecordLinkLookup(PersonManagement persons, PlaceManagement places, PlatformTransactionManager transactions) {
        this.persons = persons;
        this.places = places;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<PersonView> person(UUID id) {
        return visible(() -> persons.get(id));
    }

    Optional<PlaceView> place(UUID id) {
        return visible(() -> places.get(id));
    }

    private <T> Optional<T> visible(Supplier<T> read) {
        try {
            return Optional.ofNullable(ownTransaction.execute(status -> read.get()));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }
}
