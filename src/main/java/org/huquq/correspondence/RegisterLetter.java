package org.huquq.correspondence;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.huquq.deadlines.ReplyDeadlineOutcomeKind;

/**
 * A letter to enter in the registry.
 *
 * @param registeredOn the day of registration, which gives the registry number's year; today when null
 * @param answerKind for a letter that answers one expecting an answer (theirs to ours, or ours to theirs): what the
 *        answer amounts to (answered in substance, acknowledged only, refused, forwarded), recorded on the letter it
 *        answers; null records nothing, except that our own letter in reply to one still awaiting our answer records
 *        an answer in substance
 */
public record RegisterLetter(@NotNull LetterDirection direction, LocalDate registeredOn,
        @NotNull @Valid LetterDetails details, ReplyDeadlineOutcomeKind answerKind) {
}
