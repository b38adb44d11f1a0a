package org.huquq.shared;

import java.util.List;

/**
 * Input that breaks a rule only a module can check (an unknown vocabulary term, an impossible combination). Each
 * problem names the field and a message key; pages show them beside the fields, the API as RFC 9457 field errors.
 * Nothing has been saved when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input: " + problems);
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /**
     * A field and the message key that explains what is wrong with it, with the message's arguments (such as the
     * reference of the record a duplicate repeats).
     */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public FieldProblem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }

        /** The arguments as {@code MessageSource} and {@code Errors.rejectValue} take them. */
        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
