package org.huquq.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Record pickers for every form that links a person, a place, a counterpart, a letter or a call: the user types a
 * name in any script, a number or part of one, and chooses among the records they may read. Works without
 * JavaScript (a "Find" button sends the form back with candidates to tick; a text naming exactly one record is taken
 * on save); htmx shows suggestions as one types ({@code /search/pick}).
 */
@Service
public class RecordPickers {

    private final GlobalSearch search;
    private final ObjectProvider<RecordSearchSource> sources;

    RecordPickers(GlobalSearch search, ObjectProvider<RecordSearchSource> sources) {
        this.search = search;
        this.sources = sources;
    }

    /**
     * The picker's records after a submit: {@code chosen} (what was ticked, in order, nulls and repeats dropped)
     * and, when text was typed, the record it names: its exact match or its only match. A single picker keeps only
     * the record named last.
     */
    public PickerInput take(String kind, Collection<UUID> chosen, String query, boolean multiple, Locale locale) {
        List<UUID> ids = new ArrayList<>(new LinkedHashSet<>(chosen.stream().filter(Objects::nonNull).toList()));
        if (query != null && !query.isBlank()) {
            List<SearchHit> hits = search.pick(kind, query, locale).stream()
                    .filter(hit -> !ids.contains(UUID.fromString(hit.id()))).toList();
            List<SearchHit> exact = hits.stream().filter(SearchHit::exact).toList();
            if (exact.size() == 1 || hits.size() == 1) {
                ids.add(UUID.fromString((exact.size() == 1 ? exact : hits).get(0).id()));
            } else if (hits.isEmpty()) {
                return new PickerInput(ids, "search.pick.notFound", List.of());
            } else {
                return new PickerInput(ids, "search.pick.choose", hits);
            }
        }
        if (!multiple && ids.size() > 1) {
            return new PickerInput(ids.subList(ids.size() - 1, ids.size()), null, List.of());
        }
        return new PickerInput(ids, null, List.of());
    }

    /**
     * {@link #take} for a form: a problem with the typed text becomes a field error on {@code queryField}, in the
     * form's errors, so that the form comes back instead of saving.
     */
    public PickerInput bind(String kind, String queryField, Collection<UUID> chosen, String query, boolean multiple,
            Errors errors, Locale locale) {
        PickerInput input = take(kind, chosen, query, multiple, locale);
        if (!input.resolved()) {
            errors.rejectValue(queryField, input.problem());
        }
        return input;
    }

    /**
     * The picker for the form page: the chosen records named as far as the reader may read them, and the
     * candidates to tick (those found for {@code query} when {@code find}, else those of an unresolved input).
     */
    public Picker show(String kind, String field, String queryField, boolean multiple, boolean optional,
            Collection<UUID> chosen, String query, List<SearchHit> candidates, boolean find, Locale locale) {
        RecordSearchSource source = source(kind);
        List<Picker.Choice> rows = chosen.stream().filter(Objects::nonNull).distinct()
                .map(id -> new Picker.Choice(id.toString(),
                        source.find(id, locale).map(SearchHit::label).orElse(null)))
                .toList();
        List<SearchHit> offered = find ? search.pick(kind, query, locale) : candidates;
        List<SearchHit> fresh = offered.stream()
                .filter(hit -> rows.stream().noneMatch(row -> row.id().equals(hit.id()))).toList();
        return new Picker(kind, field, queryField, multiple, optional, rows, fresh, query == null ? "" : query);
    }

    /**
     * The record of this kind a page names, as far as the reader may read it (its label, number and page): empty
     * for {@code null} and for a record the reader may not read, which a page then names not at all.
     */
    public Optional<SearchHit> find(String kind, UUID id, Locale locale) {
        return id == null ? Optional.empty() : source(kind).find(id, locale);
    }

    private RecordSearchSource source(String kind) {
        return sources.orderedStream().filter(source -> source.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record search source of kind " + kind));
    }
}
