package org.huquq.correspondence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.huquq.people.PersonManagement;
import org.huquq.places.PlaceManagement;
import org.huquq.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a person or place linked from a record of correspondence (a letter, a call) as the signed-in user, through its own module: empty
 * when the user may not see it (or it does not exist, which the user cannot tell apart). A read of a confidential one
 * is audited by its module, as any read.
 * <p>
 * Each read runs in a transaction of its own: a record the user may not see fails its module's read, and inside the
 * caller's transaction that failure would mark the whole transaction for rollback. Call it before the calling
 * transaction writes its own audit entry: the entries of one institution are appended under one lock, which the
 * caller would hold while the read waits for it.
 */
@Component
public class LinkedRecords {

    private final PersonManagement persons;
    private final PlaceManagement places;
    private final TransactionTemplate ownTransaction;

    LinkedRecords(PersonManagement persons, PlaceManagement places, PlatformTransactionManager transactions) {
        this.persons = persons;
        this.places = places;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The person, if the caller may see them. */
    public Optional<LinkedPerson> person(UUID id) {
        return visible(() -> persons.get(id)).map(p -> new LinkedPerson(p.id(), p.reference(), p.displayName()));
    }

    /** The place, if the caller may see it. */
    public Optional<LinkedPlace> place(UUID id) {
        return visible(() -> places.get(id))
                .map(p -> new LinkedPlace(p.id(), p.code(), p.nameEn(), p.nameRu(), p.nameTg()));
    }

    /** Of these persons, those the caller may see, by id, in the order given. */
    public Map<UUID, LinkedPerson> persons(Collection<UUID> ids) {
        Map<UUID, LinkedPerson> visible = new LinkedHashMap<>();
        ids.stream().distinct().map(this::person).flatMap(Optional::stream).forEach(p -> visible.put(p.id(), p));
        return visible;
    }

    /** Of these places, those the caller may see, by id, in the order given. */
    public Map<UUID, LinkedPlace> places(Collection<UUID> ids) {
        Map<UUID, LinkedPlace> visible = new LinkedHashMap<>();
        ids.stream().distinct().map(this::place).flatMap(Optional::stream).forEach(p -> visible.put(p.id(), p));
        return visible;
    }

    private <T> Optional<T> visible(Supplier<T> read) {
        try {
            return Optional.ofNullable(ownTransaction.execute(status -> read.get()));
        } catch (NotFoundException notVisible) {
            return Optional.empty();
        }
    }
}
