package org.huquq.imports.reading;

import java.util.List;

/** A file that cannot be read as the spreadsheet it was sniffed as; the message key says why, with its arguments. */
public class UnreadableSheetException extends RuntimeException {

    private final String messageKey;
    private final List<Object> arguments;

    public UnreadableSheetException(String messageKey, List<Object> arguments, Throwable cause) {
        super(messageKey + " " + arguments, cause);
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }
}
