package org.huquq.deadlines;

import java.util.List;

/**
 * One step of how a reply-by date was reached, as a message key of the correspondence bundle and its arguments
 * ({@link java.time.LocalDate}, {@link java.time.DayOfWeek}, numbers, country codes), so that a page can say it in
 * the reader's language: "Delivery date unknown: assumed 8 October 2024, 5 days after sending."
 */
public record ReplyDeadlineStep(String messageKey, List<Object> arguments) {

    public ReplyDeadlineStep {
        arguments = List.copyOf(arguments);
    }

    static ReplyDeadlineStep of(String step, Object... arguments) {
        return new ReplyDeadlineStep("deadlines.replyDeadline.step." + step, List.of(arguments));
    }
}
