package org.huquq.web;

import java.beans.PropertyEditorSupport;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Every date a request carries has a year of four digits, 0001 to 9999: Java reads {@code +999999999-12-31} and
 * {@code -0001-01-01} as dates, which PostgreSQL refuses with a server error and no person means. JSON bodies are
 * checked as Jackson reads each date or time ({@link JsonDates}, any {@code java.time} type), form fields, query
 * parameters and path variables as Spring binds a {@code LocalDate} ({@link Editor}, registered by
 * {@link TextBindingAdvice}); the field is named and told {@value #MESSAGE}, and nothing reaches a module or the
 * database.
 */
final class RequestDates {

    /** What the field is told, in the caller's language. */
    static final String MESSAGE = "shared.error.year";

    static final int MIN_YEAR = 1;
    static final int MAX_YEAR = 9999;

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private RequestDates() {
    }

    /** Whether {@code value} is a date or time whose year is outside 0001..9999. */
    static boolean outOfRange(Object value) {
        if (value instanceof Instant instant) {
            return instant.isBefore(FIRST) || instant.isAfter(LAST);
        }
        if (value instanceof TemporalAccessor temporal && temporal.isSupported(ChronoField.YEAR)) {
            int year = temporal.get(ChronoField.YEAR);
            return year < MIN_YEAR || year > MAX_YEAR;
        }
        return false;
    }

    /** Wraps the deserializer of every {@code java.time} type so that what it reads is checked. */
    static final class JsonDates extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
                BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
            return Temporal.class.isAssignableFrom(description.getBeanClass()) ? new Checked(deserializer)
                    : deserializer;
        }
    }

    /** A {@code java.time} deserializer whose every value is checked by {@link #outOfRange}. */
    static final class Checked extends DelegatingDeserializer {

        Checked(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new Checked(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) {
            return checked(parser, super.deserialize(parser, context));
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context, Object into) {
            return checked(parser, super.deserialize(parser, context, into));
        }

        private static Object checked(JsonParser parser, Object value) {
            if (outOfRange(value)) {
                throw new InJson(parser, value);
            }
            return value;
        }
    }

    /** A JSON date outside 0001..9999; Jackson adds the path of the property. */
    static final class InJson extends InvalidFormatException implements RefusedValue {

        InJson(JsonParser parser, Object value) {
            super(parser, "date with a year outside " + MIN_YEAR + ".." + MAX_YEAR, String.valueOf(value),
                    value.getClass());
        }

        @Override
        public String messageKey() {
            return MESSAGE;
        }
    }

    /**
     * Binds a {@code LocalDate} form field, query parameter or path variable written as ISO-8601 ({@code 2025-03-31}),
     * refusing a year outside 0001..9999; an empty value is no date.
     */
    static final class Editor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text.strip());
            } catch (DateTimeException notADate) {
                throw new IllegalArgumentException("not a date written as YYYY-MM-DD", notADate);
            }
            if (outOfRange(date)) {
                throw new OutOfRange();
            }
            setValue(date);
        }

        @Override
        public String getAsText() {
            return getValue() instanceof LocalDate date ? date.toString() : "";
        }
    }

    /** Thrown by {@link Editor}: Spring makes it the cause of a type mismatch of the parameter or field. */
    static final class OutOfRange extends IllegalArgumentException implements RefusedValue {

        OutOfRange() {
            super("date with a year outside " + MIN_YEAR + ".." + MAX_YEAR);
        }

        @Override
        public String messageKey() {
            return MESSAGE;
        }
    }
}
