package org.huquq.web;

import java.beans.PropertyEditorSupport;

import org.huquq.shared.TypedText;
import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The one rule every text of a request obeys, however it arrives: no control characters but tab and line breaks, no
 * half of a surrogate pair ({@link TypedText#hasControl}). JSON bodies are checked as Jackson reads each string, form
 * fields, query parameters and path variables as Spring binds them ({@link TextBindingAdvice}); the field is named
 * and told {@value #MESSAGE}, and nothing reaches a module or the database (PostgreSQL refuses NUL with a server
 * error).
 */
final class ControlCharacters {

    /** What the field is told, in the caller's language. */
    static final String MESSAGE = "shared.error.invisible";

    private ControlCharacters() {
    }

    /** The text as it may be shown back: each control character or half pair replaced by U+FFFD. */
    static String shown(String value) {
        StringBuilder shown = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> shown.appendCodePoint(
                TypedText.hasControl(Character.toString(cp)) ? 0xFFFD : cp));
        return shown.toString();
    }

    /** Reads every JSON string of a request body, refusing one with control characters. */
    static final class JsonText extends StdScalarDeserializer<String> {

        JsonText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (TypedText.hasControl(value)) {
                throw new InJson(parser, value);
            }
            return value;
        }

        @Override
        public Object getEmptyValue(DeserializationContext context) {
            return "";
        }
    }

    /** A JSON string with control characters; Jackson adds the path of the property. */
    static final class InJson extends InvalidFormatException implements RefusedValue {

        InJson(JsonParser parser, String value) {
            super(parser, "text with control characters", shown(value), String.class);
        }

        @Override
        public String messageKey() {
            return MESSAGE;
        }
    }

    /** Binds a form field, query parameter or path variable, refusing text with control characters. */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (TypedText.hasControl(text)) {
                throw new InParameter();
            }
            setValue(text);
        }
    }

    /** Thrown by {@link Editor}: Spring makes it the cause of a type mismatch of the parameter or field. */
    static final class InParameter extends IllegalArgumentException implements RefusedValue {

        InParameter() {
            super("text with control characters");
        }

        @Override
        public String messageKey() {
            return MESSAGE;
        }
    }

    /**
     * A form field refused by {@link Editor} or another rule of every request ({@link RefusedValue}): a field error
     * with the rule's message, the value shown without control characters.
     */
    static final class FormErrors extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult bindingResult) {
            if (!(ex.getCause() instanceof RefusedValue refused)) {
                super.processPropertyAccessException(ex, bindingResult);
                return;
            }
            String field = ex.getPropertyName();
            Object rejected = ex.getValue() instanceof String text ? shown(text) : null;
            bindingResult.addError(new FieldError(bindingResult.getObjectName(), field, rejected, true,
                    new String[] { refused.messageKey() }, null, null));
        }
    }
}
