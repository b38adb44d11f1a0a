package org.huquq.commitments.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.commitments.CommitmentDetails;
import org.huquq.commitments.CommitmentFilter;
import org.huquq.commitments.CommitmentManagement;
import org.huquq.commitments.CommitmentPage;
import org.huquq.commitments.CommitmentStatus;
import org.huquq.commitments.CommitmentView;
import org.huquq.commitments.FollowUpDetails;
import org.huquq.commitments.FollowUpPage;
import org.huquq.commitments.FollowUpView;
import org.huquq.commitments.NoStepReport;
import org.huquq.shared.DateCursor;
import org.huquq.shared.KeysetPage;
import org.huquq.commitments.RecordedFollowUp;
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

/** REST API of commitments and their follow-ups. */
@RestController
@RequestMapping("/api/v1/commitments")
@Tag(name = "Commitments", description = "Pledges, acknowledgements of violations, calls for or promises of "
        + "investigations, recommendations we issued and undertakings, with who made them to whom, when and where; "
        + "their status changes only through dated follow-ups with evidence")
class CommitmentApiController {

    private final CommitmentManagement commitments;

    CommitmentApiController(CommitmentManagement commitments) {
        this.commitments = commitments;
    }

    @GetMapping
    @Operation(summary = "Find commitments", description = "Exact filters by the counterpart that made it (madeBy, "
            + "an institution id), kind (vocabulary commitment-kind), status and source (the id of the letter or call "
            + "it was made in; then the text is not searched). Without q, the most recently made first, read by "
            + "keyset: pass 'next' back as 'after' for the following page ('next' is null on the last); commitments "
            + "recorded meanwhile never shift the pages to come; 'total' counts them all. With q, free text over the "
            + "words of the commitment, its summary, the speaker and the source reference (every word must match, "
            + "as a word or its beginning), or the reference CMT-000123, best match first: relevance has no key to "
            + "seek by, so these pages are numbered ('page', from 0, no deeper than the 10,000th result). Text "
            + "without a letter or digit finds nothing. Pages of at most 100.")
    ApiList<CommitmentView> find(@RequestParam(required = false) String q, @RequestParam(required = false) UUID madeBy,
            @RequestParam(required = false) @Parameter(description = "a code of the vocabulary at GET "
                    + "/api/v1/vocabularies/" + CommitmentManagement.KINDS) String kind,
            @RequestParam(required = false) CommitmentStatus status,
            @RequestParam(required = false) UUID source,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before, without q")
            DateCursor after,
            @RequestParam(defaultValue = "0") @Parameter(description = "the page number, with q") int page,
            @RequestParam(defaultValue = "25") int size) {
        if (SearchText.findsNothing(q)) {
            return ApiList.none(page, size);
        }
        CommitmentFilter filter = new CommitmentFilter(q, madeBy, kind, status, source);
        if (!filter.searchesText()) {
            return ApiList.keyset(commitments.find(filter, after, size), bounded(size));
        }
        CommitmentPage found = commitments.search(filter, page, size);
        return ApiList.counted(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/no-step-reported")
    @Operation(summary = "Commitments with no step reported", description = "Commitments not implemented, not "
            + "found unimplemented and not withdrawn whose last follow-up (or, without one, their making) is more "
            + "than 'days' days before today (default 90); optionally only those made by one institution (madeBy). "
            + "Each item is a commitment with its days without a step, the longest silent first (commitment.madeBy "
            + "null: our own). Read by keyset: pass 'next' back as 'after' for the following page ('next' is null on "
            + "the last); 'total' counts them all. Pages of at most 100 commitments.")
    ApiList<NoStepReport.Silent> noStepReported(
            @RequestParam(defaultValue = "" + CommitmentManagement.DEFAULT_SILENCE_DAYS) int days,
            @RequestParam(required = false) UUID madeBy,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before")
            DateCursor after,
            @RequestParam(defaultValue = "25") int size) {
        NoStepReport report = commitments.noStepReported(days, madeBy, after, size);
        return ApiList.keyset(new KeysetPage<>(report.groups().stream()
                .flatMap(group -> group.commitments().stream()).toList(), report.next(), report.total(), true),
                bounded(size));
    }

    /** The size of a page as the lists bound it. */
    private static int bounded(int size) {
        return Math.max(1, Math.min(size, CommitmentManagement.MAX_PAGE_SIZE));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a commitment", description = "The ETag is the version to send back in If-Match, "
            + "to change the commitment or to add a follow-up.")
    ResponseEntity<CommitmentView> get(@PathVariable UUID id) {
        CommitmentView commitment = commitments.get(id);
        return ETags.ok(commitment, commitment.version());
    }

    @PostMapping
    @Operation(summary = "Record a commitment", description = "Answers 201 with its Location. Its status is "
            + "NO_INFORMATION until a follow-up is added; a body with a 'status' is refused as an unknown property.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CommitmentView> create(@Valid @RequestBody CommitmentDetails details) {
        CommitmentView commitment = commitments.create(details);
        return ETags.created("/api/v1/commitments/" + commitment.id(), commitment, commitment.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a commitment", description = "Changes what was stated, never the status. "
            + "Requires If-Match with the ETag last read (428 without it); answers 412 when someone else changed "
            + "the commitment or added a follow-up since.")
    ResponseEntity<CommitmentView> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody CommitmentDetails details) {
        CommitmentView commitment = commitments.update(id, ifMatch.version(), details);
        return ETags.ok(commitment, commitment.version());
    }

    @GetMapping("/{id}/follow-ups")
    @Operation(summary = "Follow-ups of a commitment", description = "The newest step first. Pages of at most 100.")
    ApiList<FollowUpView> followUps(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "25") int size) {
        FollowUpPage found = commitments.followUps(id, page, size);
        return ApiList.counted(found.items(), found.page(), found.size(), found.total());
    }

    @GetMapping("/{id}/follow-ups/{followUpId}")
    @Operation(summary = "Read a follow-up")
    FollowUpView followUp(@PathVariable UUID id, @PathVariable UUID followUpId) {
        return commitments.followUp(id, followUpId);
    }

    @PostMapping("/{id}/follow-ups")
    @Operation(summary = "Report a step on a commitment", description = "The only way a commitment's status "
            + "changes: to the status of its follow-up with the latest date (on one date, the last recorded). "
            + "Follow-ups are never changed. Requires If-Match with the commitment's ETag (428 without it); answers "
            + "412 when the commitment changed since, so that of two people reporting at once one is told. Answers "
            + "201 with the follow-up's Location, the commitment as it now stands and its new ETag.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<RecordedFollowUp> addFollowUp(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody FollowUpDetails details) {
        RecordedFollowUp recorded = commitments.addFollowUp(id, ifMatch.version(), details);
        return ETags.created("/api/v1/commitments/" + id + "/follow-ups/" + recorded.followUp().id(), recorded,
                recorded.commitment().version());
    }
}
