package org.huquq.search.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huquq.search.GlobalSearch;
import org.huquq.search.SearchGroup;
import org.huquq.search.SearchResults;
import org.huquq.shared.SearchHit;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The search box in the API: every kind of record the caller may read, found by name or number, grouped by kind. */
@RestController
@RequestMapping("/api/v1/search")
@Tag(name = "Search")
class SearchApiController {

    private final GlobalSearch search;
    private final MessageSource messages;

    SearchApiController(GlobalSearch search, MessageSource messages) {
        this.search = search;
        this.messages = messages;
    }

    /** One kind's hits: {@code kind} as in {@code /search/pick}, {@code title} its heading in the caller's language. */
    @Schema(name = "SearchGroup")
    record Group(String kind, String title, List<SearchHit> items) {
    }

    /** The answer: the query as searched and the groups, those with an exact hit first. */
    @Schema(name = "SearchResults")
    record Results(String query, List<Group> groups) {
    }

    @GetMapping
    @Operation(summary = "Find persons, places, institutions, letters, calls and commitments by name or number",
            description = "Names are matched across Cyrillic, Tajik and Latin spellings; numbers whole or in part "
                    + "(OUT-2025, 0005). At most " + GlobalSearch.PER_KIND + " hits per kind, each only if the "
                    + "caller may read it. A query without a letter or digit finds nothing.")
    Results search(@Parameter(description = "what to look for, at most 200 characters") @RequestParam String q,
            Locale locale) {
        SearchResults results = search.search(q, locale);
        return new Results(results.query(), results.groups().stream()
                .map((SearchGroup group) -> new Group(group.kind(),
                        messages.getMessage(group.titleKey(), null, locale), group.hits()))
                .toList());
    }
}
