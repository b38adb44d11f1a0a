package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.Scorecard;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.shared.InvalidInputException;
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
        model.addAttribute("counterpart", counterparts.get(id));
        try {
            Scorecard scorecard = letters.scorecard(id, from, to, null);
            model.addAttribute("scorecard", scorecard);
            model.addAttribute("chart", Timeline.of(scorecard));
            model.addAttribute("from", scorecard.from());
            model.addAttribute("to", scorecard.to());
        } catch (InvalidInputException e) {
            // a reversed period: the form again with the error beside the date, and no counts
            model.addAttribute("periodError", e.problems().get(0));
            model.addAttribute("from", from);
            model.addAttribute("to", to);
        }
        return "correspondence/scorecard";
    }
}
