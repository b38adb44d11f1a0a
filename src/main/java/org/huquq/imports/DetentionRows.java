package org.huquq.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.huquq.detention.DetentionDetails;
import org.huquq.detention.DetentionManagement;
import org.huquq.imports.domain.CellValues;
import org.huquq.imports.domain.RowParser;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceView;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.TermOption;
import org.huquq.shared.Vocabularies;
import org.springframework.stereotype.Component;

/**
 * The detention a row of a detainee list records: its place found by official code or by a name in any language
 * (among the places the user may read), its legal status by code or by label in English, Russian or Tajik, checked by
 * the detention module as it would record it. One {@link Lookup} serves one pass over a file, remembering the places
 * it found, since a list names the same few places again and again.
 */
@Component
class DetentionRows {

    private static final int PLACE_CANDIDATES = 10;

    private final DetentionManagement detentions;
    private final PlaceManagement places;
    private final Vocabularies vocabularies;

    DetentionRows(DetentionManagement detentions, PlaceManagement places, Vocabularies vocabularies) {
        this.detentions = detentions;
        this.places = places;
        this.vocabularies = vocabularies;
    }

    Lookup lookup() {
        return new Lookup();
    }

    /** Records the detentions of a batch of rows in one go, in the caller's transaction. */
    void createAll(List<DetentionDetails> details) {
        detentions.createAll(details);
    }

    /** Lookups of places and legal statuses during one pass over a file. */
    final class Lookup {

        private final Map<String, Optional<UUID>> placeIds = new HashMap<>();
        private final Map<String, String> statuses = new HashMap<>();

        private Lookup() {
            for (String language : List.of("en", "ru", "tg")) {
                for (TermOption term : vocabularies.activeTerms(DetentionManagement.LEGAL_STATUSES,
                        Locale.forLanguageTag(language))) {
                    statuses.put(CellValues.key(term.code()), term.code());
                    statuses.putIfAbsent(CellValues.key(term.label()), term.code());
                }
            }
        }

        /**
         * The details of the row's detention for the person {@code personId} ({@code null} while the person is yet
         * to be registered), or the first problem of the row, naming its column.
         */
        Result details(RowParser parser, RowParser.Detention detention, UUID personId) {
            UUID placeId = null;
            if (detention.place() != null) {
                placeId = placeIds.computeIfAbsent(CellValues.key(detention.place()), key -> find(detention.place()))
                        .orElse(null);
                if (placeId == null) {
                    return Result.refused(new RowParser.Problem(parser.columnOf(ImportField.PLACE),
                            "imports.problem.place", List.of(detention.place())));
                }
            }
            String status = detention.legalStatus() == null ? null
                    : statuses.getOrDefault(CellValues.key(detention.legalStatus()), detention.legalStatus());
            DetentionDetails details = new DetentionDetails(personId, placeId, detention.from(), detention.to(),
                    status, detention.legalBasis(), detention.holdingAuthority(), detention.source(),
                    detention.sourceDate(), null);
            try {
                detentions.validate(details);
            } catch (InvalidInputException e) {
                for (FieldProblem problem : e.problems()) {
                    if (personId == null && problem.field().equals("personId")) {
                        continue;
                    }
                    return Result.refused(new RowParser.Problem(parser.columnOfDetention(problem.field()),
                            problem.messageKey(), problem.arguments()));
                }
            }
            return new Result(details, null);
        }

        /** The one readable place of this official code, else the one whose name in some language is this one. */
        private Optional<UUID> find(String written) {
            Optional<UUID> byCode = places.findIdByCode(written);
            if (byCode.isPresent()) {
                return byCode;
            }
            String key = CellValues.key(written);
            List<UUID> named = places.search(new PlaceFilter(written, null, null, null), 0, PLACE_CANDIDATES).items()
                    .stream().filter(place -> hasName(place, key)).map(PlaceView::id).toList();
            return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
        }

        private boolean hasName(PlaceView place, String key) {
            return List.of(nullToEmpty(place.nameEn()), nullToEmpty(place.nameRu()), nullToEmpty(place.nameTg()))
                    .stream().anyMatch(name -> CellValues.key(name).equals(key));
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }

    /** The details of a row's detention, or the problem that refuses it. */
    record Result(DetentionDetails details, RowParser.Problem problem) {

        static Result refused(RowParser.Problem problem) {
            return new Result(null, problem);
        }

        boolean isRefused() {
            return problem != null;
        }
    }
}
