package org.huquq.detention.web;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.detention.DetentionDetails;
import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RegistryView;
import org.huquq.shared.DateCursor;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.springframework.format.annotation.DateTimeFormat;
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

/** REST API of detention records and their sentences. */
@RestController
@RequestMapping("/api/v1/detentions")
@Tag(name = "Detentions", description = "Who is held where, since when, on what legal basis, and the sentence with "
        + "the term that remains on any day; a record is exactly as confidential as its person")
class DetentionApiController {

    private final DetentionManagement detentions;

    DetentionApiController(DetentionManagement detentions) {
        this.detentions = detentions;
    }

    @GetMapping
    @Operation(summary = "A registry view of detention records", description = "view: CURRENT (everyone held now, "
            + "the default), ABROAD (our nationals held in another country), AT_HOME (held in our country), "
            + "VULNERABLE (women, children, the elderly, the ill and disabled held now), REVIEW (records still open "
            + "after their release day), ALL (past records too). Narrowed by the country of the place (ISO alpha-2), "
            + "one place, a nationality of the person, a legal status (vocabulary detention-legal-status) or one "
            + "person. The most recently detained first, read by keyset: pass 'next' back as 'after' for the "
            + "following page ('next' is null on the last); 'total' counts up to 1,000 ('totalExact' false beyond). "
            + "Each item carries the remaining term on 'on' (today unless given). Pages of at most 100.")
    ApiList<DetentionOnDay> find(@RequestParam(defaultValue = "CURRENT") RegistryView view,
            @RequestParam(required = false) String country, @RequestParam(required = false) UUID place,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) @Parameter(description = "a code of the vocabulary at GET "
                    + "/api/v1/vocabularies/" + DetentionManagement.LEGAL_STATUSES) String legalStatus,
            @RequestParam(required = false) UUID person,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before")
            DateCursor after,
            @RequestParam(defaultValue = "25") int size) {
        LocalDate day = on == null ? detentions.today() : on;
        return ApiList.keyset(detentions.find(new DetentionFilter(view, country, place, nationality, legalStatus,
                person), after, size).map(detention -> DetentionOnDay.of(detention, day)),
                Math.max(1, Math.min(size, DetentionManagement.MAX_PAGE_SIZE)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a detention record", description = "With the remaining term of its sentence on "
            + "'on' (today unless given). The ETag is the version to send back in If-Match to change it.")
    ResponseEntity<DetentionOnDay> get(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        DetentionView detention = detentions.get(id);
        return ETags.ok(DetentionOnDay.of(detention, on == null ? detentions.today() : on), detention.version());
    }

    @PostMapping
    @Operation(summary = "Record a detention", description = "Answers 201 with its Location. 'sentence' only for "
            + "the legal status SENTENCED; its release day is derived from the start, the term and the credited "
            + "pre-trial days unless 'statedRelease' gives it.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<DetentionOnDay> create(@RequestBody DetentionDetails details) {
        DetentionView detention = detentions.create(details);
        return ETags.created("/api/v1/detentions/" + detention.id(),
                DetentionOnDay.of(detention, detentions.today()), detention.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a detention record", description = "Requires If-Match with the ETag last read "
            + "(428 without it); answers 412 when someone else changed it since. Closing a record (giving 'to') "
            + "makes the person's other open record, if any, the current one.")
    ResponseEntity<DetentionOnDay> update(@PathVariable UUID id, IfMatch ifMatch,
            @RequestBody DetentionDetails details) {
        DetentionView detention = detentions.update(id, ifMatch.version(), details);
        return ETags.ok(DetentionOnDay.of(detention, detentions.today()), detention.version());
    }
}
