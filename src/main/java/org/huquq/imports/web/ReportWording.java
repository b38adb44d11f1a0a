package org.huquq.imports.web;

import java.util.List;
import java.util.Locale;

import org.huquq.imports.ImportManagement;
import org.huquq.imports.RowOutcome;
import org.springframework.context.MessageSource;

/** The words of an import's report in the reader's language. */
final class ReportWording implements ImportManagement.ReportWords {

    private final MessageSource messages;
    private final Locale locale;

    ReportWording(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public List<String> columns() {
        return List.of(text("imports.report.row"), text("imports.report.outcome"), text("imports.report.matchedName"),
                text("imports.report.score"), text("imports.report.detail"));
    }

    @Override
    public String outcome(RowOutcome outcome) {
        return text(outcome.messageKey());
    }

    @Override
    public String problem(String key, List<String> arguments) {
        return messages.getMessage(key, arguments.toArray(), key, locale);
    }

    @Override
    public String duplicateOf(int row) {
        return messages.getMessage("imports.report.duplicateOf", new Object[] { Integer.toString(row) }, locale);
    }

    private String text(String key) {
        return messages.getMessage(key, null, locale);
    }
}
