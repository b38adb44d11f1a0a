package org.huquq.deadlines.web;

import java.util.Locale;

import org.huquq.deadlines.ReplyRuleCountingStart;
import org.huquq.deadlines.ReplyRuleDayKind;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.deadlines.ReplyRuleNonWorkingEnd;
import org.huquq.deadlines.ReplyRuleView;
import org.huquq.shared.Countries;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.StaleVersionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the institution's reply-deadline rules: list, create, edit, deprecate or restore, and go back from
 * the institution's version of a shared rule to the shared rule. Administrators only.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
@RequestMapping("/admin/reply-rules")
class ReplyRuleController {

    private final ReplyRuleManagement rules;

    ReplyRuleController(ReplyRuleManagement rules) {
        this.rules = rules;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.rules());
        return "deadlines/reply-rules";
    }

    @GetMapping("/new")
    String newRule(Locale locale, Model model) {
        return form(new ReplyRuleForm(), null, locale, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") ReplyRuleForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                ReplyRuleView created = rules.create(form.toDetails());
                redirect.addFlashAttribute("saved", created.code());
                return "redirect:/admin/reply-rules/" + created.code();
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            }
        }
        return form(form, null, locale, model);
    }

    @GetMapping("/{code}")
    String edit(@PathVariable String code, Locale locale, Model model) {
        ReplyRuleView rule = rules.rule(code);
        return form(ReplyRuleForm.of(rule), rule, locale, model);
    }

    @PostMapping("/{code}")
    String update(@PathVariable String code, @ModelAttribute("form") ReplyRuleForm form, BindingResult binding,
            Locale locale, Model model, RedirectAttributes redirect) {
        ReplyRuleView rule = rules.rule(code);
        form.setCode(code);
        if (!binding.hasErrors()) {
            try {
                rules.update(code, form.getVersion(), form.toDetails());
                redirect.addFlashAttribute("saved", code);
                return "redirect:/admin/reply-rules/" + code;
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey()));
            } catch (StaleVersionException e) {
                binding.reject("web.form.stale");
            }
        }
        return form(form, rule, locale, model);
    }

    @PostMapping("/{code}/deprecation")
    String deprecate(@PathVariable String code, @RequestParam boolean deprecated, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            rules.setDeprecated(code, version, deprecated);
            redirect.addFlashAttribute(deprecated ? "deprecated" : "restored", code);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/admin/reply-rules";
    }

    @PostMapping("/{code}/reset")
    String reset(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        try {
            rules.reset(code, version);
            redirect.addFlashAttribute("reset", code);
        } catch (StaleVersionException e) {
            redirect.addFlashAttribute("stale", true);
        }
        return "redirect:/admin/reply-rules/" + code;
    }

    private String form(ReplyRuleForm form, ReplyRuleView rule, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("rule", rule);
        model.addAttribute("countries", Countries.sortedByName(locale));
        model.addAttribute("countingStarts", ReplyRuleCountingStart.values());
        model.addAttribute("dayKinds", ReplyRuleDayKind.values());
        model.addAttribute("nonWorkingEnds", ReplyRuleNonWorkingEnd.values());
        return "deadlines/reply-rule";
    }
}
