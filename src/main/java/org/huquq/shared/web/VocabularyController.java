package org.huquq.shared.web;

import jakarta.validation.Valid;

import org.huquq.shared.DuplicateTermException;
import org.huquq.shared.Vocabularies;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration of controlled vocabularies: list, terms, add a term, deprecate or restore one. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class VocabularyController {

    private final Vocabularies vocabularies;

    VocabularyController(Vocabularies vocabularies) {
        this.vocabularies = vocabularies;
    }

    @GetMapping("/admin/vocabularies")
    String list(Model model) {
        model.addAttribute("vocabularies", vocabularies.vocabularies());
        return "shared/vocabularies";
    }

    @GetMapping("/admin/vocabularies/{code}")
    String show(@PathVariable String code, Model model) {
        return page(code, new AddTermForm(), model);
    }

    @PostMapping("/admin/vocabularies/{code}/terms")
    String add(@PathVariable String code, @Valid @ModelAttribute("addTermForm") AddTermForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                vocabularies.addTerm(code, form.toCommand());
                redirect.addFlashAttribute("added", form.getCode());
                return "redirect:/admin/vocabularies/" + code;
            } catch (DuplicateTermException e) {
                errors.rejectValue("code", "shared.vocabulary.form.duplicate");
            }
        }
        return page(code, form, model);
    }

    @PostMapping("/admin/vocabularies/{code}/terms/{term}/deprecation")
    String deprecate(@PathVariable String code, @PathVariable String term, @RequestParam boolean deprecated,
            RedirectAttributes redirect) {
        vocabularies.setDeprecated(code, term, deprecated);
        redirect.addFlashAttribute(deprecated ? "deprecated" : "restored", term);
        return "redirect:/admin/vocabularies/" + code;
    }

    private String page(String code, AddTermForm form, Model model) {
        model.addAttribute("vocabulary", vocabularies.vocabulary(code));
        model.addAttribute("terms", vocabularies.terms(code));
        model.addAttribute("addTermForm", form);
        return "shared/vocabulary";
    }
}
