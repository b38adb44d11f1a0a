package org.huquq.deadlines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.huquq.deadlines.ReplyDeadline;
import org.huquq.deadlines.ReplyDeadlineExplanation;
import org.huquq.deadlines.ReplyDeadlineExtension;
import org.huquq.deadlines.ReplyDeadlineFacts;
import org.huquq.deadlines.ReplyDeadlineOutcome;
import org.huquq.deadlines.ReplyDeadlineStatus;
import org.huquq.deadlines.ReplyDeadlines;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reply-by calculator as an API: computes, saves nothing. */
@RestController
@RequestMapping("/api/v1/reply-deadlines")
@Tag(name = "Reply rules", description = "Jurisdictions' rules for when an answer to a letter is due")
class ReplyDeadlineApiController {

    private final ReplyDeadlines deadlines;
    private final ReplyDeadlineExplanation explanation;

    ReplyDeadlineApiController(ReplyDeadlines deadlines, ReplyDeadlineExplanation explanation) {
        this.deadlines = deadlines;
        this.explanation = explanation;
    }

    /**
     * A letter's facts under a rule ({@code NONE} with {@code setByHand} for a date set by hand), and optionally what
     * happened and the day to derive the state on (today by default).
     */
    @Schema(name = "ReplyDeadlineCalculation")
    record Calculation(String rule, LocalDate sentOn, LocalDate deliveredOn, LocalDate registeredOn,
            List<ReplyDeadlineExtension> extensions, LocalDate forwardedOn, LocalDate setByHand,
            List<ReplyDeadlineOutcome> outcomes, LocalDate on) {
    }

    @Schema(name = "ReplyDeadlineStepText")
    record Step(String messageKey, List<Object> arguments, String text) {
    }

    @Schema(name = "ReplyDeadlineResult")
    record Result(String rule, LocalDate replyBy, LocalDate countedFrom, boolean assumed, boolean deliveryAssumed,
            boolean registrationAssumed, LocalDate forwardBy, List<Step> steps, ReplyDeadlineStatus status) {
    }

    @PostMapping
    @Operation(summary = "Compute a reply-by date", description = "Applies a reply rule to a letter's dates and "
            + "explains each step (texts in the request's language); derives the reply state on 'on' from the "
            + "outcomes. Nothing is saved. Bad dates answer 400 with the fields named.")
    Result calculate(@RequestBody Calculation body, Locale locale) {
        ReplyDeadline deadline = deadlines.replyBy(body.rule(), new ReplyDeadlineFacts(body.sentOn(),
                body.deliveredOn(), body.registeredOn(), body.extensions(), body.forwardedOn(), body.setByHand()));
        LocalDate on = body.on() == null ? LocalDate.now(Clock.systemUTC()) : body.on();
        ReplyDeadlineStatus status = deadlines.status(body.rule(), deadline.replyBy(),
                body.outcomes() == null ? List.of() : body.outcomes(), on);
        List<Step> steps = deadline.steps().stream()
                .map(step -> new Step(step.messageKey(), step.arguments(), explanation.text(step, locale))).toList();
        return new Result(deadline.ruleCode(), deadline.replyBy(), deadline.countedFrom(), deadline.assumed(),
                deadline.deliveryAssumed(), deadline.registrationAssumed(), deadline.forwardBy(), steps, status);
    }
}
