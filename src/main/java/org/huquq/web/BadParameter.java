package org.huquq.web;

import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A parameter of the address (query or path) whose value a page or the API could not read, and what it should have
 * been, in words for the user: "“from” must be a date written as YYYY-MM-DD".
 */
record BadParameter(String name, String value, boolean inPath, String expectationKey) {

    private static final int MAX_SHOWN = 100;

    static BadParameter of(TypeMismatchException ex) {
        String name = ex.getPropertyName();
        boolean inPath = false;
        if (ex instanceof MethodArgumentTypeMismatchException argument) {
            name = argument.getName();
            MethodParameter parameter = argument.getParameter();
            inPath = parameter.hasParameterAnnotation(PathVariable.class);
        }
        return new BadParameter(name, shown(ex.getValue()), inPath,
                ex.getCause() instanceof RefusedValue refused ? refused.messageKey()
                        : expectation(ex.getRequiredType()));
    }

    /** The first unreadable field of a search form bound from the query. */
    static BadParameter of(BindingResult result) {
        FieldError error = result.getFieldError();
        if (error == null) {
            return new BadParameter("?", "", false, "web.error.parameter.expected.other");
        }
        boolean refused = ControlCharacters.MESSAGE.equals(error.getCode())
                || RequestDates.MESSAGE.equals(error.getCode());
        return new BadParameter(error.getField(), shown(error.getRejectedValue()), false,
                refused ? error.getCode() : expectation(result.getFieldType(error.getField())));
    }

    static BadParameter missing(MissingServletRequestParameterException ex) {
        return new BadParameter(ex.getParameterName(), "", false, "web.error.parameter.missing");
    }

    /** What the value should have been, e.g. "“from” must be a date written as YYYY-MM-DD, for example 2024-10-31." */
    String expectation(MessageSource messages, Locale locale) {
        return messages.getMessage(expectationKey, new Object[] { name, value }, locale);
    }

    /** The whole sentence, for an API problem's field error. */
    String problem(MessageSource messages, Locale locale) {
        return messages.getMessage("web.error.parameter.text", new Object[] { name, value }, locale) + " "
                + expectation(messages, locale);
    }

    private static String expectation(Class<?> type) {
        if (type == null) {
            return "web.error.parameter.expected.other";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "web.error.parameter.expected.date";
        }
        if (type == UUID.class) {
            return "web.error.parameter.expected.id";
        }
        if (type.isEnum()) {
            return "web.error.parameter.expected.choice";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == short.class) {
            return "web.error.parameter.expected.number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "web.error.parameter.expected.yesNo";
        }
        return "web.error.parameter.expected.other";
    }

    private static String shown(Object value) {
        String text = ControlCharacters.shown(value instanceof String[] values ? String.join(",", values)
                : String.valueOf(value));
        return text.length() > MAX_SHOWN ? text.substring(0, MAX_SHOWN) + "…" : text;
    }
}
