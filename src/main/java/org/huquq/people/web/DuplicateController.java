package org.huquq.people.web;

import java.util.UUID;

import org.huquq.people.MergeResult;
import org.huquq.people.PersonDuplicates;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review of possible duplicates: merge, "not the same person", and undoing a merge. */
@Controller
class DuplicateController {

    private static final int PAGE_SIZE = 20;

    private final PersonDuplicates duplicates;

    DuplicateController(PersonDuplicates duplicates) {
        this.duplicates = duplicates;
    }

    @GetMapping("/persons/duplicates")
    String review(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("pairs", duplicates.candidates(page, PAGE_SIZE));
        model.addAttribute("page", page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "people/duplicates";
    }

    @PostMapping("/persons/duplicates/detect")
    String detect(RedirectAttributes redirect) {
        redirect.addFlashAttribute("detected", duplicates.detect());
        return "redirect:/persons/duplicates";
    }

    @PostMapping("/persons/duplicates/{candidateId}/not-same")
    String notSame(@PathVariable UUID candidateId, RedirectAttributes redirect) {
        duplicates.markNotSame(candidateId);
        redirect.addFlashAttribute("decided", true);
        return "redirect:/persons/duplicates";
    }

    /** Merges the pair of a candidate, keeping {@code survivorId}; the versions are those the officer looked at. */
    @PostMapping("/persons/duplicates/{candidateId}/merge")
    String merge(@PathVariable UUID candidateId, @RequestParam UUID survivorId, @RequestParam long survivorVersion,
            @RequestParam UUID mergedId, @RequestParam long mergedVersion, RedirectAttributes redirect) {
        try {
            MergeResult result = duplicates.merge(survivorId, survivorVersion, mergedId, mergedVersion);
            redirect.addFlashAttribute("mergeId", result.mergeId());
            return "redirect:/persons/" + result.survivor().id();
        } catch (StaleVersionException | InvalidInputException e) {
            redirect.addFlashAttribute("mergeFailed", true);
            return "redirect:/persons/duplicates";
        }
    }

    @PostMapping("/persons/merges/{mergeId}/undo")
    String undo(@PathVariable UUID mergeId, RedirectAttributes redirect) {
        UUID restored = duplicates.undo(mergeId).id();
        redirect.addFlashAttribute("undone", true);
        return "redirect:/persons/" + restored;
    }
}
