package org.huquq.detention;

import org.huquq.people.PersonChanged;
import org.huquq.people.PersonMergeUndone;
import org.huquq.people.PersonsMerged;
import org.huquq.places.PlaceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the facts that detention records and requests copy from their persons and places current, in the transaction
 * that changed the person or the place: a record never shows a name, a nationality or a confidentiality its person
 * no longer has, and follows its person through a merge and back.
 */
@Component
class PersonAndPlaceChanges {

    private final DetentionManagement detentions;
    private final DetaineeRequestManagement requests;

    PersonAndPlaceChanges(DetentionManagement detentions, DetaineeRequestManagement requests) {
        this.detentions = detentions;
        this.requests = requests;
    }

    @EventListener
    void on(PersonChanged event) {
        detentions.personChanged(event.person());
        requests.personChanged(event.person());
    }

    @EventListener
    void on(PlaceChanged event) {
        detentions.placeChanged(event.place());
    }

    @EventListener
    void on(PersonsMerged event) {
        detentions.personsMerged(event.mergedId(), event.survivorId(), false);
        requests.personsMerged(event.mergedId(), event.survivorId(), false);
    }

    @EventListener
    void on(PersonMergeUndone event) {
        detentions.personsMerged(event.restoredId(), event.survivorId(), true);
        requests.personsMerged(event.restoredId(), event.survivorId(), true);
    }
}
