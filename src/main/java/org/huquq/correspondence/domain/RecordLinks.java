package org.huquq.correspondence.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.OrderColumn;

/**
 * The persons and places a record of correspondence concerns (a call, a meeting, a letter), by id and in the order
 * the user gave. Each owner keeps them in tables of its own, named with {@code @AssociationOverride}:
 *
 * <pre>
 * &#64;Embedded
 * &#64;AssociationOverride(name = "personIds", joinTable = &#64;JoinTable(name = "letter_person",
 *         joinColumns = &#64;JoinColumn(name = "letter_id")))
 * &#64;AssociationOverride(name = "placeIds", joinTable = &#64;JoinTable(name = "letter_place",
 *         joinColumns = &#64;JoinColumn(name = "letter_id")))
 * private RecordLinks links = new RecordLinks();
 * </pre>
 *
 * with columns {@code (owner_id, list_index, person_id)} and {@code (owner_id, list_index, place_id)}. Whether the
 * reader may see a linked record is decided by its own module when it is shown, never stored here.
 */
@Embeddable
public class RecordLinks {

    @ElementCollection
    @OrderColumn(name = "list_index")
    @Column(name = "person_id", nullable = false)
    private List<UUID> personIds = new ArrayList<>();

    @ElementCollection
    @OrderColumn(name = "list_index")
    @Column(name = "place_id", nullable = false)
    private List<UUID> placeIds = new ArrayList<>();

    public List<UUID> personIds() {
        return List.copyOf(personIds);
    }

    public List<UUID> placeIds() {
        return List.copyOf(placeIds);
    }

    /** Replaces the links, unless they are the same already (so that an unchanged list is not rewritten). */
    public void replace(List<UUID> persons, List<UUID> places) {
        if (!personIds.equals(persons)) {
            personIds.clear();
            personIds.addAll(persons);
        }
        if (!placeIds.equals(places)) {
            placeIds.clear();
            placeIds.addAll(places);
        }
    }
}
