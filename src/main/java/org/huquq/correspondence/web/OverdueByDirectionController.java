package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.huquq.correspondence.LetterDirection;
import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterPage;
import org.huquq.counterparts.CounterpartManagement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overdue letters of one side: {@code /letters/overdue?direction=OUTGOING} for the answers they owe us,
 * {@code INCOMING} for ours (blank: both). The same page as the unfiltered list, which {@code LetterController} serves;
 * a request naming a direction comes here, the more specific mapping. Meant to fold into that handler once the letter
 * pages are reworked.
 */
@Controller
class OverdueByDirectionController {

    private static final int PAGE_SIZE = 25;

    private final LetterManagement letters;
    private final CounterpartManagement counterparts;

    OverdueByDirectionController(LetterManagement letters, CounterpartManagement counterparts) {
        this.letters = letters;
        this.counterparts = counterparts;
    }

    @GetMapping(path = "/letters/overdue", params = "direction")
    String overdue(@RequestParam(required = false) LetterDirection direction,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam(required = false) String owner, @RequestParam(defaultValue = "0") int page, Model model) {
        LocalDate day = on == null ? LocalDate.now() : on;
        LetterPage result = letters.overdue(day, direction, null, owner, page, PAGE_SIZE);
        Set<UUID> ids = new HashSet<>();
        result.letters().forEach(letter -> ids.add(letter.counterpartId()));
        model.addAttribute("on", day);
        model.addAttribute("owner", owner);
        model.addAttribute("direction", direction);
        model.addAttribute("result", result);
        model.addAttribute("counterparts", counterparts.byIds(ids));
        model.addAttribute("canCreate", letters.canCreate());
        return "correspondence/letters/overdue";
    }
}
