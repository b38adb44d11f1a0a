package org.huquq.deadlines;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.huquq.shared.Countries;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says the steps of a due date in the reader's language, with dates, weekdays and countries by name: the "why" beside
 * the date that every page showing a deadline prints.
 */
@Component
public class ReplyDeadlineExplanation {

    private final MessageSource messages;

    ReplyDeadlineExplanation(MessageSource messages) {
        this.messages = messages;
    }

    /** Each step of the deadline's arithmetic as one sentence, in order. */
    public List<String> texts(ReplyDeadline deadline, Locale locale) {
        return deadline.steps().stream().map(step -> text(step, locale)).toList();
    }

    /** One step as a sentence. */
    public String text(ReplyDeadlineStep step, Locale locale) {
        Object[] arguments = step.arguments().stream().map(argument -> format(argument, locale)).toArray();
        return messages.getMessage(step.messageKey(), arguments, step.messageKey(), locale);
    }

    /** A date as the explanation writes it ("7 October 2024" in the reader's language); empty for none. */
    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    private static Object format(Object argument, Locale locale) {
        if (argument instanceof LocalDate date) {
            return date(date, locale);
        }
        if (argument instanceof DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL_STANDALONE, locale);
        }
        // a two-letter code among the arguments is the rule's country (rule codes are longer)
        if (argument instanceof String code && code.length() == 2 && Countries.isValid(code)) {
            return Countries.name(code, locale);
        }
        return argument;
    }
}
