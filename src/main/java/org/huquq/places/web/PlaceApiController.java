package org.huquq.places.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.places.PlaceDetails;
import org.huquq.places.PlaceFilter;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlacePage;
import org.huquq.places.PlaceView;
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

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST API of the place registry. */
@RestController
@RequestMapping("/api/v1/places")
@Tag(name = "Places", description = "Places of deprivation of liberty")
class PlaceApiController {

    private static final String VOCABULARY = "a code of the vocabulary at GET /api/v1/vocabularies/";

    private final PlaceManagement places;

    PlaceApiController(PlaceManagement places) {
        this.places = places;
    }

    @GetMapping
    @Operation(summary = "Find places", description = "Exact filters by country, type and authority. Without q, "
            + "the places by name, read by keyset: pass 'next' back as 'after' for the following page ('next' is null "
            + "on the last); places registered meanwhile never shift the pages to come; 'total' counts them all. "
            + "With q, free text over names in every language and the code, best match first: relevance has no "
            + "key to seek by, so these pages are numbered ('page', from 0). Text without a letter or digit finds "
            + "nothing. Pages of at most 100.")
    ApiList<PlaceView> find(@RequestParam(required = false) String q, @RequestParam(required = false) String country,
            @RequestParam(required = false) @Parameter(description = VOCABULARY + PlaceManagement.TYPES) String type,
            @RequestParam(required = false) @Parameter(description = VOCABULARY + PlaceManagement.AUTHORITIES)
            String authority,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before, without q")
            NameCursor after,
            @RequestParam(defaultValue = "0") @Parameter(description = "the page number, with q") int page,
            @RequestParam(defaultValue = "25") int size) {
        if (SearchText.findsNothing(q)) {
            return ApiList.none(page, size);
        }
        PlaceFilter filter = new PlaceFilter(q, country, type, authority);
        if (!filter.hasText()) {
            return ApiList.keyset(places.find(filter, after, size),
                    Math.max(1, Math.min(size, PlaceManagement.MAX_PAGE_SIZE)));
        }
        PlacePage found = places.search(filter, page, size);
        return ApiList.counted(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a place", description = "The ETag is the version to send back in If-Match.")
    ResponseEntity<PlaceView> get(@PathVariable UUID id) {
        PlaceView place = places.get(id);
        return ETags.ok(place, place.version());
    }

    @PostMapping
    @Operation(summary = "Register a place")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlaceView> create(@Valid @RequestBody PlaceDetails details) {
        PlaceView place = places.create(details);
        return ETags.created("/api/v1/places/" + place.id(), place, place.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a place", description = "Requires If-Match with the ETag last read; "
            + "answers 412 when someone else changed the place since.")
    ResponseEntity<PlaceView> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody PlaceDetails details) {
        PlaceView place = places.update(id, ifMatch.version(), details);
        return ETags.ok(place, place.version());
    }
}
