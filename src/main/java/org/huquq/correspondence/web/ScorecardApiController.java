package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.Scorecard;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** A counterpart's scorecard in the API. */
@RestController
@Tag(name = "Institutions")
class ScorecardApiController {

    private final LetterManagement letters;

    ScorecardApiController(LetterManagement letters) {
        this.letters = letters;
    }

    @GetMapping("/api/v1/institutions/{id}/scorecard")
    @Operation(summary = "How an institution answered", description = "For letters dated from 'from' to 'to' "
            + "(default: the last five calendar years to today), with reply states as of 'on' (default today): letters "
            + "sent, expecting an answer, answered in substance (and late), acknowledged only, refused, unanswered, "
            + "overdue, received; median and 90th percentile days to answer; letters per month; and the chains of "
            + "letters per subject.")
    Scorecard scorecard(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return letters.scorecard(id, from, to, on);
    }
}
