package org.huquq.people.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.huquq.people.DuplicatePair;
import org.huquq.people.MergeResult;
import org.huquq.people.PersonDuplicates;
import org.huquq.people.PersonView;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST API of possible duplicates and merges. */
@RestController
@Tag(name = "Persons")
class DuplicateApiController {

    private final PersonDuplicates duplicates;

    DuplicateApiController(PersonDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    /** Which person to merge into the one in the path, as last read (its ETag). */
    record MergeRequest(@NotNull UUID mergedId, @NotNull Long mergedVersion) {
    }

    @Schema(name = "DuplicateDetection")
    record Detection(int candidates) {
    }

    @GetMapping("/api/v1/persons/duplicates")
    @Operation(summary = "Possible duplicates, best first", description = "Only pairs whose two persons the caller may read.")
    ApiList<DuplicatePair> candidates(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        List<DuplicatePair> found = duplicates.candidates(page, size);
        // not counted, and pairs the caller may not read are left out of a page: only an empty page ends the list
        return ApiList.uncounted(found, Math.max(0, page), Math.max(1, Math.min(size, PersonDuplicates.MAX_PAGE_SIZE)),
                !found.isEmpty());
    }

    @PostMapping("/api/v1/persons/duplicates/detect")
    @Operation(summary = "Recompute possible duplicates over the whole registry")
    Detection detect() {
        return new Detection(duplicates.detect());
    }

    @PostMapping("/api/v1/persons/duplicates/{candidateId}/not-same")
    @Operation(summary = "Record that a candidate pair are different people")
    ResponseEntity<Void> notSame(@PathVariable UUID candidateId) {
        duplicates.markNotSame(candidateId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/persons/{id}/merge")
    @Operation(summary = "Merge another person into this one", description = "If-Match carries this person's "
            + "version, the body the other's. Everything of the other moves here; the merge can be undone.")
    ResponseEntity<MergeResult> merge(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody MergeRequest request) {
        MergeResult result = duplicates.merge(id, ifMatch.version(), request.mergedId(),
                request.mergedVersion());
        return ETags.ok(result, result.survivor().version());
    }

    @PostMapping("/api/v1/persons/merges/{mergeId}/undo")
    @Operation(summary = "Undo a merge", description = "Returns the person who is on their own again.")
    PersonView undo(@PathVariable UUID mergeId) {
        return duplicates.undo(mergeId);
    }
}
