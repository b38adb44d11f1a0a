package org.huquq.detention.web;

import java.util.List;
import java.util.UUID;

import org.huquq.detention.DetaineeRequestManagement;
import org.huquq.detention.RequestDetails;
import org.huquq.detention.RequestFilter;
import org.huquq.detention.RequestStatus;
import org.huquq.detention.RequestStepDetails;
import org.huquq.detention.RequestStepView;
import org.huquq.detention.RequestView;
import org.huquq.shared.DateCursor;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
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

/** REST API of the requests detainees raise and the steps taken on them. */
@RestController
@RequestMapping("/api/v1/detainee-requests")
@Tag(name = "Detainee requests", description = "What a detainee asked for (to go home, medical care, family "
        + "contact, legal aid, consular access, food and water...), where it was raised, the words as said; its "
        + "status changes only through dated steps, never edited")
class DetaineeRequestApiController {

    private final DetaineeRequestManagement requests;

    DetaineeRequestApiController(DetaineeRequestManagement requests) {
        this.requests = requests;
    }

    @GetMapping
    @Operation(summary = "Find detainee requests", description = "Filters: kind (vocabulary detainee-request-kind), "
            + "status, open (not satisfied, refused or withdrawn), person, source (the letter or call it was raised "
            + "in). goingHome=true lists the requests to go home still open. The most recently asked first, read by "
            + "keyset: pass 'next' back as 'after'; 'total' counts up to 1,000. Pages of at most 100.")
    ApiList<RequestView> find(
            @RequestParam(required = false) @Parameter(description = "a code of the vocabulary at GET "
                    + "/api/v1/vocabularies/" + DetaineeRequestManagement.KINDS) String kind,
            @RequestParam(required = false) RequestStatus status,
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean goingHome,
            @RequestParam(required = false) UUID person, @RequestParam(required = false) UUID source,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before")
            DateCursor after,
            @RequestParam(defaultValue = "25") int size) {
        RequestFilter filter = goingHome ? RequestFilter.goingHome()
                : new RequestFilter(kind, status, open, person, source);
        return ApiList.keyset(requests.find(filter, after, size),
                Math.max(1, Math.min(size, DetaineeRequestManagement.MAX_PAGE_SIZE)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a detainee request", description = "The ETag is the version to send back in "
            + "If-Match, to change it or to add a step.")
    ResponseEntity<RequestView> get(@PathVariable UUID id) {
        RequestView request = requests.get(id);
        return ETags.ok(request, request.version());
    }

    @PostMapping
    @Operation(summary = "Record a detainee request", description = "Answers 201 with its Location; its status is "
            + "RECEIVED until a step is added.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RequestView> create(@RequestBody RequestDetails details) {
        RequestView request = requests.create(details);
        return ETags.created("/api/v1/detainee-requests/" + request.id(), request, request.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a detainee request", description = "Changes what was stated, never the status. "
            + "Requires If-Match (428 without it); 412 when it changed since.")
    ResponseEntity<RequestView> update(@PathVariable UUID id, IfMatch ifMatch, @RequestBody RequestDetails details) {
        RequestView request = requests.update(id, ifMatch.version(), details);
        return ETags.ok(request, request.version());
    }

    @GetMapping("/{id}/steps")
    @Operation(summary = "Steps taken on a request", description = "The latest step first.")
    List<RequestStepView> steps(@PathVariable UUID id) {
        return requests.steps(id);
    }

    @PostMapping("/{id}/steps")
    @Operation(summary = "Record a step on a request", description = "The only way its status changes: to the "
            + "status of the step with the latest date. Requires If-Match with the request's ETag; answers 412 when "
            + "it changed since. Answers 201 with the request as it now stands and its new ETag.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RequestView> addStep(@PathVariable UUID id, IfMatch ifMatch,
            @RequestBody RequestStepDetails details) {
        RequestView request = requests.addStep(id, ifMatch.version(), details);
        return ETags.created("/api/v1/detainee-requests/" + id + "/steps", request, request.version());
    }
}
