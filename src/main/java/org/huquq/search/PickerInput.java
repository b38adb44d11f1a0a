package org.huquq.search;

import java.util.List;
import java.util.UUID;

import org.huquq.shared.SearchHit;

/**
 * What a picker holds once a form is sent: the records ticked, plus the record the typed text names when it names
 * exactly one. When the text names none or several, {@code problem} is the message key for the text field and
 * {@code candidates} the records to choose from; the form comes back instead of saving.
 */
public record PickerInput(List<UUID> ids, String problem, List<SearchHit> candidates) {

    public PickerInput {
        ids = List.copyOf(ids);
        candidates = List.copyOf(candidates);
    }

    public boolean resolved() {
        return problem == null;
    }

    /** The one record of a single picker, null for none. */
    public UUID single() {
        return ids.isEmpty() ? null : ids.get(ids.size() - 1);
    }
}
