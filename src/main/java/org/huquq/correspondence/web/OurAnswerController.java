package org.huquq.correspondence.web;

import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Says, from an incoming letter's page, that its sender expects our answer: the letter then has a reply-by date under
 * our own country's rule. The way back is an outcome ("no answer expected"), recorded like any other.
 */
@Controller
class OurAnswerController {

    private final LetterManagement letters;

    OurAnswerController(LetterManagement letters) {
        this.letters = letters;
    }

    @PostMapping("/letters/{id}/our-answer")
    String expectOurAnswer(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            letters.expectOurAnswer(id, version);
            redirect.addFlashAttribute("ourAnswerExpected", true);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("ourAnswerProblem", e.problems().get(0).messageKey());
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("ourAnswerProblem", "web.form.stale");
        }
        return "redirect:/letters/" + id;
    }
}
