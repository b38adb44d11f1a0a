package org.huquq.deadlines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.huquq.deadlines.ReplyDeadline;
import org.huquq.deadlines.ReplyDeadlineExplanation;
import org.huquq.deadlines.ReplyDeadlines;
import org.huquq.deadlines.ReplyRuleManagement;
import org.huquq.shared.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The reply-by calculator, for anyone signed in: a rule and a letter's dates in, the reply-by date with its
 * explanation and the state on a chosen day out. A GET form, so a result can be bookmarked or sent to a colleague;
 * htmx requests get only the result.
 */
@Controller
class ReplyDeadlineController {

    private final ReplyDeadlines deadlines;
    private final ReplyRuleManagement rules;
    private final ReplyDeadlineExplanation explanation;
    private final MessageSource messages;

    ReplyDeadlineController(ReplyDeadlines deadlines, ReplyRuleManagement rules, ReplyDeadlineExplanation explanation,
            MessageSource messages) {
        this.deadlines = deadlines;
        this.rules = rules;
        this.explanation = explanation;
        this.messages = messages;
    }

    @GetMapping("/reply-deadlines")
    String calculator(@ModelAttribute("form") ReplyDeadlineForm form, BindingResult binding, Locale locale,
            Model model) {
        calculate(form, binding, locale, model);
        model.addAttribute("rules", rules.activeRules());
        return "deadlines/reply-deadline";
    }

    @GetMapping(value = "/reply-deadlines", headers = "HX-Request=true")
    String result(@ModelAttribute("form") ReplyDeadlineForm form, BindingResult binding, Locale locale, Model model) {
        calculate(form, binding, locale, model);
        return "deadlines/reply-deadline :: result";
    }

    private void calculate(ReplyDeadlineForm form, BindingResult binding, Locale locale, Model model) {
        if (form.getOn() == null) {
            form.setOn(LocalDate.now(Clock.systemUTC()));
        }
        if (binding.hasErrors() || !form.isFilled()) {
            return;
        }
        try {
            ReplyDeadline deadline = deadlines.replyBy(form.getRule(), form.toFacts());
            model.addAttribute("deadline", deadline);
            model.addAttribute("replyBy", ReplyDeadlineExplanation.date(deadline.replyBy(), locale));
            model.addAttribute("forwardBy", ReplyDeadlineExplanation.date(deadline.forwardBy(), locale));
            model.addAttribute("steps", explanation.texts(deadline, locale));
            model.addAttribute("status", deadlines.status(form.getRule(), deadline.replyBy(), form.outcomes(),
                    form.getOn()));
            model.addAttribute("on", ReplyDeadlineExplanation.date(form.getOn(), locale));
        } catch (InvalidInputException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(p -> {
                binding.rejectValue(ReplyDeadlineForm.field(p.field()), p.messageKey());
                problems.add(messages.getMessage(p.messageKey(), null, p.messageKey(), locale));
            });
            model.addAttribute("problems", problems);
        }
    }
}
