package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.correspondence.CommunicationDetails;
import org.huquq.correspondence.CommunicationFilter;
import org.huquq.correspondence.CommunicationManagement;
import org.huquq.correspondence.CommunicationSummary;
import org.huquq.correspondence.CommunicationView;
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

/** REST API of the communications log: calls and meetings with counterpart institutions. */
@RestController
@RequestMapping("/api/v1/communications")
@Tag(name = "Communications", description = "Calls and meetings with counterpart institutions: date, participants "
        + "on either side, summary, outcome, and the persons and places they concerned. Each has a confidentiality "
        + "level and a team; one the caller may not read answers 404.")
class CommunicationApiController {

    private final CommunicationManagement communications;

    CommunicationApiController(CommunicationManagement communications) {
        this.communications = communications;
    }

    @GetMapping
    @Operation(summary = "List calls and meetings", description = "Those the caller may read, newest first (by "
            + "day, then time of day, those without one first), filtered by counterpart (id), kind (vocabulary "
            + "communication-kind) and a date range (ISO dates, both ends included). Read by keyset: pass 'next' back "
            + "as 'after' for the following page ('next' is null on the last); calls recorded meanwhile never shift "
            + "the pages to come. Not counted ('total' is null). Pages of at most 100.")
    ApiList<CommunicationSummary> find(
            @RequestParam(required = false) @Parameter(description = "counterpart id") UUID counterpart,
            @RequestParam(required = false) @Parameter(description = "a code of the vocabulary at GET "
                    + "/api/v1/vocabularies/" + CommunicationManagement.KINDS) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before")
            DateCursor after,
            @RequestParam(defaultValue = "25") int size) {
        return ApiList.keyset(communications.find(new CommunicationFilter(counterpart, kind, from, to), after, size),
                Math.max(1, Math.min(size, CommunicationManagement.MAX_PAGE_SIZE)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a call or meeting", description = "With the linked persons and places the caller may "
            + "see. The ETag is the version to send back in If-Match. Reading a confidential one is audited.")
    ResponseEntity<CommunicationView> get(@PathVariable UUID id) {
        CommunicationView communication = communications.get(id);
        return ETags.ok(communication, communication.version());
    }

    @PostMapping
    @Operation(summary = "Record a call or meeting", description = "Answers 201 with its Location and a reference "
            + "such as CALL-000123. The date may not lie in the future; the counterpart must be in the caller's "
            + "registry; at least one participant; every linked person and place must be one the caller may read "
            + "(any other is refused as not found, e.g. field personIds[0]).")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommunicationView> create(@Valid @RequestBody CommunicationDetails details) {
        CommunicationView communication = communications.create(details);
        return ETags.created("/api/v1/communications/" + communication.id(), communication, communication.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a call or meeting", description = "Requires If-Match with the ETag last read "
            + "(428 without it); answers 412 when someone else changed it since. Replaces every field; links to "
            + "persons and places the caller cannot see are kept.")
    ResponseEntity<CommunicationView> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody CommunicationDetails details) {
        CommunicationView communication = communications.update(id, ifMatch.version(), details);
        return ETags.ok(communication, communication.version());
    }
}
