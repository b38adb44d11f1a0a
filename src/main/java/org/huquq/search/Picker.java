package org.huquq.search;

import java.util.List;

import org.huquq.shared.SearchHit;

/**
 * A record picker as a form shows it (template fragment {@code search/picker :: picker}): the records chosen
 * ({@code field}, ticked checkboxes or a checked radio), the candidates found for what was typed (unticked), and the
 * typed text ({@code queryField}). A chosen record the user may not read has no label: it is kept, never named.
 * {@code optional} single pickers offer "none".
 */
public record Picker(String kind, String field, String queryField, boolean multiple, boolean optional,
        List<Choice> chosen, List<SearchHit> candidates, String query) {

    /** A record the picker holds; {@code label} null when the reader may not read it. */
    public record Choice(String id, String label) {
    }

    public Picker {
        chosen = List.copyOf(chosen);
        candidates = List.copyOf(candidates);
    }
}
