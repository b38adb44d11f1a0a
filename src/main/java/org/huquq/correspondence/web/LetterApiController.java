package org.huquq.correspondence.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import org.huquq.correspondence.FollowUpDraft;
import org.huquq.correspondence.LetterDetails;
import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterFilter;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterPage;
import org.huquq.correspondence.LetterSummary;
import org.huquq.correspondence.LetterTranslationView;
import org.huquq.correspondence.LetterView;
import org.huquq.correspondence.RecordOutcome;
import org.huquq.correspondence.RegisterLetter;
import org.huquq.shared.DateCursor;
import org.huquq.shared.web.ApiList;
import org.huquq.shared.web.ETags;
import org.huquq.shared.web.IfMatch;
import org.huquq.shared.web.SearchText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** REST API of the letter registry: outgoing and incoming letters, their answers and what came of them. */
@RestController
@RequestMapping("/api/v1/letters")
@Tag(name = "Letters", description = "Outgoing and incoming letters with registry numbers, reply-by dates derived "
        + "from the recipient's deadline rule, recorded outcomes and derived reply states")
class LetterApiController {

    private final LetterManagement letters;

    LetterApiController(LetterManagement letters) {
        this.letters = letters;
    }

    @GetMapping
    @Operation(summary = "Find letters", description = "Filters: direction, counterpart institution and "
            + "registration period (from, to, ISO dates). Without q, newest registration first, read by keyset: pass "
            + "'next' back as 'after' for the following page ('next' is null on the last); letters registered "
            + "meanwhile never shift the pages to come. With q, free text over subject, summary and both reference "
            + "numbers, best match first: relevance has no key to seek by, so these pages are numbered ('page', "
            + "from 0). Text without a letter or digit finds nothing. 'total' counts up to 1,000 ('totalExact' false: "
            + "at least that many). Pages of at most 100. Each letter carries its reply state today.")
    ApiList<LetterSummary> find(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) UUID counterpart,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before, without q")
            DateCursor after,
            @RequestParam(defaultValue = "0") @Parameter(description = "the page number, with q") int page,
            @RequestParam(defaultValue = "25") int size) {
        if (SearchText.findsNothing(q)) {
            return ApiList.none(page, size);
        }
        LetterFilter filter = new LetterFilter(direction, counterpart, from, to, q);
        if (!filter.hasText()) {
            return ApiList.keyset(letters.find(filter, after, size), bounded(size));
        }
        LetterPage found = letters.search(filter, page, size);
        return ApiList.counted(found.items(), found.page(), found.size(), found.total(), found.totalExact(),
                found.hasNext());
    }

    @GetMapping("/overdue")
    @Operation(summary = "Overdue letters", description = "Outgoing letters still awaiting an answer after their "
            + "reply-by date on the given day (today by default), longest overdue first; optionally of one "
            + "counterpart or one owner (username). Read by keyset: pass 'next' back as 'after' for the following "
            + "page ('next' is null on the last). 'total' counts up to 1,000 ('totalExact' false: at least that "
            + "many). Pages of at most 100.")
    ApiList<LetterSummary> overdue(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) UUID counterpart, @RequestParam(required = false) String owner,
            @RequestParam(required = false) @Parameter(description = "the 'next' of the page before")
            DateCursor after,
            @RequestParam(defaultValue = "25") int size) {
        return ApiList.keyset(letters.overdue(on, counterpart, owner, after, size), bounded(size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a letter", description = "With its reply-by date, how it was computed, and its reply "
            + "state today. The ETag is the version to send back in If-Match.")
    ResponseEntity<LetterView> get(@PathVariable UUID id) {
        return ok(letters.get(id));
    }

    @GetMapping("/{id}/chain")
    @Operation(summary = "A letter's chain", description = "Every letter of the chain the letter belongs to (through "
            + "the letters it answers or follows up), in date order, as far as the caller may read them.")
    ApiList<LetterSummary> chain(@PathVariable UUID id) {
        return ApiList.all(letters.chain(id));
    }

    @GetMapping("/{id}/follow-up-draft")
    @Operation(summary = "Draft a follow-up to an overdue letter", description = "Subject and text in the letter's "
            + "language, citing every unanswered letter of its chain to the same institution by number and date; "
            + "review it and register it as an outgoing letter with followsUpId. 400 when the letter awaits no answer.")
    FollowUpDraft followUpDraft(@PathVariable UUID id) {
        return letters.followUpDraft(id);
    }

    @PostMapping
    @Operation(summary = "Register a letter", description = "Takes the next registry number of its series and year "
            + "(OUT-2024-0153, IN-2024-0042) and answers 201 with its Location. An incoming letter already registered "
            + "(same sender, sender's reference and date) is refused naming the first registration. With answerKind, "
            + "a letter answering one of ours records that outcome on it.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<LetterView> register(@Valid @RequestBody RegisterLetter command) {
        LetterView letter = letters.register(command);
        return ETags.created("/api/v1/letters/" + letter.id(), letter, letter.version());
    }

    @PutMapping("/{id}")
    @Operation(summary = "Correct a letter", description = "Replaces the stated facts; the number and direction stay. "
            + "Requires If-Match (428 without it, 412 when changed since).")
    ResponseEntity<LetterView> update(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody LetterDetails details) {
        return ok(letters.update(id, ifMatch.version(), details));
    }

    @PostMapping("/{id}/outcomes")
    @Operation(summary = "Record what came of an outgoing letter", description = "Acknowledged, answered in "
            + "substance, refused, forwarded or no answer expected, with its date. An acknowledgement is never an "
            + "answer. Requires If-Match.")
    ResponseEntity<LetterView> recordOutcome(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody RecordOutcome outcome) {
        return ok(letters.recordOutcome(id, ifMatch.version(), outcome));
    }

    @PostMapping("/{id}/translations")
    @Operation(summary = "Keep a translation with its original", description = "Language, text, translator and date; "
            + "one translation per language. Requires If-Match.")
    ResponseEntity<LetterView> addTranslation(@PathVariable UUID id, IfMatch ifMatch,
            @Valid @RequestBody LetterTranslationView translation) {
        return ok(letters.addTranslation(id, ifMatch.version(), translation));
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Keep a scan or file with a letter", description = "Multipart field 'file', at most 25 MB: "
            + "PDF, JPEG, PNG, TIFF, DOCX, DOC, ODT or plain text. The type is sniffed from the content; a file whose "
            + "name claims another type is refused. Stored once under its SHA-256. Requires If-Match.")
    ResponseEntity<LetterView> attach(@PathVariable UUID id, IfMatch ifMatch,
            @RequestParam("file") MultipartFile file) throws IOException {
        try (InputStream content = file.getInputStream()) {
            return ok(letters.attach(id, ifMatch.version(), content, file.getOriginalFilename()));
        }
    }

    @GetMapping("/{id}/attachments/{index}")
    @Operation(summary = "Read a letter's file", description = "The bytes as stored, with their sniffed type; the "
            + "read is audited.")
    ResponseEntity<InputStreamResource> attachment(@PathVariable UUID id, @PathVariable int index) {
        return LetterFiles.download(letters.attachment(id, index));
    }

    /** The size of a page as the lists bound it. */
    private static int bounded(int size) {
        return Math.max(1, Math.min(size, LetterManagement.MAX_PAGE_SIZE));
    }

    private static ResponseEntity<LetterView> ok(LetterView letter) {
        return ETags.ok(letter, letter.version());
    }
}
