package org.huquq.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.huquq.shared.InvalidInputException.FieldProblem;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.RecordSearchSource;
import org.huquq.shared.SearchHit;
import org.huquq.shared.TypedText;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Asks every module's {@link RecordSearchSource} for the records matching a query, as the signed-in user. Each
 * source applies its own confidentiality rules, the same as its lists, so the search shows nothing a list would not.
 */
@Service
public class GlobalSearch {

    /** Hits per kind in the search box; a picker shows as many. */
    public static final int PER_KIND = 8;

    static final int MAX_QUERY_LENGTH = 200;

    private final ObjectProvider<RecordSearchSource> sources;

    GlobalSearch(ObjectProvider<RecordSearchSource> sources) {
        this.sources = sources;
    }

    /** Every kind's hits for the query, grouped; nothing for a blank query or one of punctuation only. */
    public SearchResults search(String query, Locale locale) {
        Optional<String> text = usable(query);
        if (text.isEmpty()) {
            return new SearchResults(query == null ? "" : query, List.of());
        }
        List<SearchGroup> groups = sources.orderedStream()
                .map(source -> new SearchGroup(source.kind(), source.titleKey(),
                        exactFirst(source.search(text.get(), PER_KIND, locale))))
                .filter(group -> !group.hits().isEmpty())
                .sorted(Comparator.comparing((SearchGroup group) -> !group.hasExact()))
                .toList();
        return new SearchResults(text.get(), groups);
    }

    /**
     * The hits of one kind, for a record picker: {@code persons}, {@code places}, {@code counterparts},
     * {@code letters}, {@code communications}, {@code commitments}. Unknown kinds find nothing.
     */
    public List<SearchHit> pick(String kind, String query, Locale locale) {
        Optional<String> text = usable(query);
        if (text.isEmpty()) {
            return List.of();
        }
        return sources.orderedStream().filter(source -> source.kind().equals(kind)).findFirst()
                .map(source -> exactFirst(source.search(text.get(), PER_KIND, locale))).orElse(List.of());
    }

    /** The kinds the pickers know. */
    public List<String> kinds() {
        return sources.orderedStream().map(RecordSearchSource::kind).toList();
    }

    private static List<SearchHit> exactFirst(List<SearchHit> hits) {
        return Stream.concat(hits.stream().filter(SearchHit::exact), hits.stream().filter(hit -> !hit.exact()))
                .toList();
    }

    /** The query as searched: normalised, and only when it holds a letter or a digit. Too long is a field error. */
    private static Optional<String> usable(String query) {
        String text = TypedText.line(query);
        if (text == null || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return Optional.empty();
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new InvalidInputException(
                    List.of(new FieldProblem("q", "shared.error.tooLong", List.of(MAX_QUERY_LENGTH))));
        }
        return Optional.of(text);
    }
}
