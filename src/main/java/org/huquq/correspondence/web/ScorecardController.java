package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.Scorecard;
import org.huquq.counterparts.CounterpartManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The scorecard page of a counterpart: the counts, a timeline of letters and answers, and the chains. */
@Controller
class ScorecardController {

    private final LetterManagement letters;
    private final CounterpartManagement counterparts;

    ScorecardController(LetterManagement letters, CounterpartManagement counterparts) {
        this.letters = letters;
        this.counterparts = counterparts;
    }

    @GetMapping("/institutions/{id}/scorecard")
    String scorecard(@PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        Scorecard scorecard = letters.scorecard(id, from, to, null);
        model.addAttribute("counterpart", counterparts.get(id));
        model.addAttribute("scorecard", scorecard);
        model.addAttribute("chart", Timeline.of(scorecard));
        return "correspondence/scorecard";
    }
}
