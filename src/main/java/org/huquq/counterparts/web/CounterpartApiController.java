package org.huquq.counterparts.web;

import java.util.UUID;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huquq.counterparts.CounterpartDetails;
import org.huquq.counterparts.CounterpartFilter;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartPage;
import org.huquq.counterparts.CounterpartView;
import org.huquq.shared.NameCursor;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.huquq.shared.web.SearchText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the registry of counterpart institutions (the bodies the office writes to). */
@RestController
@RequestMapping("/api/v1/institutions")
@Tag(name = "Institutions", description = "Counterpart institutions the office corresponds with: ombudsmen, "
        + "ministries, prosecutors, border services, embassies, courts, facility administrations, NGOs, "
        + "international organisations")
class CounterpartApiController {

    private final CounterpartManagement counterparts;

    CounterpartApiController(CounterpartManagement counterparts) {
        this.counterparts = counterparts;
    }

    @GetMapping
    @Operation(summary = "Find institutions", description = "Exact filters by kind (vocabulary counterpart-kind), "
            + "country (ISO 3166-1 alpha-2) and active. Without q, the institutions by name, read by keyset: pass "
            + "'next' back as 'after' for the following page ('next' is null on the last); bodies registered "
            + "meanwhile never shift the pages to come; 'total' counts them all. With q, free text over every name "
            + "(English, Russian, Tajik, own language), the abbreviation and the reference, across Cyrillic and Latin "
            + "spellings, every word matching, best match first: relevance has no key to seek by, so these pages are "
            + "numbered ('page', from 0, no deeper than the 10,000th result). Text without a letter or digit finds "
            + "nothing. Pages of at most 100.")
    ApiList<CounterpartView> find(@RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "a code of the vocabulary at GET "
                    + "/api/v1/vocabularies/" + CounterpartManagement.KINDS) String kind,
            @RequestParam(required = false) String country, @RequestParam(required = false) Boolean active,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before, without q")
            NameCursor after,
            @RequestParam(defaultValue = "0") @Parameter(description = "the page number, with q") int page,
            @RequestParam(defaultValue = "25") int size) {
        if (SearchText.findsNothing(q)) {
            return ApiList.none(page, size);
        }
        CounterpartFilter filter = new CounterpartFilter(q, kind, country, active);
        if (!filter.hasText()) {
            return ApiList.keyset(counterparts.find(filter, after, size),
                    Math.max(1, Math.min(size, CounterpartManagement.MAX_PAGE_SIZE)));
        }
        CounterpartPage found = counterparts.search(filter, page, size);
        return ApiList.counted(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read an institution", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<CounterpartView> get(@PathVariable UUID id) {
        CounterpartView counterpart = counterparts.get(id);
        return ETags.ok(counterpart, counterpart.version());
    }

    @PostMapping
    @Operation(summary = "Register an institution", description = "Answers 201 with its Location. A body already "
            + "registered with the same kind, country and name (compared across case, punctuation and script) is "
            + "refused with a field error naming its reference.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CounterpartView> create(@Valid @RequestBody CounterpartDetails details) {
        CounterpartView counterpart = counterparts.create(details);
        return ETags.created("/api/v1/institutions/" + counterpart.id(), counterpart, counterpart.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change an institution", description = "Requires If-Match with the ETag last read "
            + "(428 without it); answers 412 when someone else changed the institution since.")
    ResponseEntity<CounterpartView> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody CounterpartDetails details) {
        CounterpartView counterpart = counterparts.update(id, ifMatch.version(), details);
        return ETags.ok(counterpart, counterpart.version());
    }
}
