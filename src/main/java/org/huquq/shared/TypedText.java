package org.huquq.shared;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.huquq.shared.InvalidInputException.FieldProblem;

/**
 * Text as people type it into forms and API bodies: normalised for storage (NFC, trimmed) and checked for what a
 * record must never hold (invisible or control characters, more than its length). Every module's free-text fields
 * go through here, so that one rule and one message ({@code shared.error.*}) apply everywhere.
 */
public final class TypedText {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private TypedText() {
    }

    /** NFC, trimmed, runs of whitespace made one space; {@code null} for blank input. For names and one-line fields. */
    public static String line(String typed) {
        if (typed == null) {
            return null;
        }
        String value = WHITESPACE.matcher(Normalizer.normalize(typed, Normalizer.Form.NFC)).replaceAll(" ").strip();
        return value.isEmpty() ? null : value;
    }

    /** NFC and trimmed, line breaks kept; {@code null} for blank input. For notes and postal addresses. */
    public static String text(String typed) {
        if (typed == null) {
            return null;
        }
        String value = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        return value.isEmpty() ? null : value;
    }

    /**
     * True when the text holds a character that shows nothing or changes how text around it reads: controls
     * (line breaks and tabs too, unless {@code multiline}), format characters such as zero-width spaces and
     * bidirectional marks, private-use and unassigned code points.
     */
    public static boolean hasInvisible(String value, boolean multiline) {
        if (value == null) {
            return false;
        }
        return value.codePoints().anyMatch(cp -> {
            if (multiline && (cp == '\n' || cp == '\r' || cp == '\t')) {
                return false;
            }
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }

    /**
     * True when the text holds what no text field of any form, parameter or API body takes: a control character
     * other than tab, line feed and carriage return (NUL above all, which PostgreSQL refuses outright), or half of a
     * surrogate pair. Where line breaks are not allowed, {@link #checkedLine} says so.
     */
    public static boolean hasControl(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasLetter(String value) {
        return value != null && LETTER.matcher(value).find();
    }

    /**
     * A one-line field, normalised with {@link #line}; a problem for {@code field} is added when it holds invisible
     * characters or is longer than {@code max}.
     */
    public static String checkedLine(String typed, String field, int max, List<FieldProblem> problems) {
        return checked(line(typed), typed, false, field, max, problems);
    }

    /** A field that may span lines, normalised with {@link #text} and checked as {@link #checkedLine} does. */
    public static String checkedText(String typed, String field, int max, List<FieldProblem> problems) {
        return checked(text(typed), typed, true, field, max, problems);
    }

    private static String checked(String value, String typed, boolean multiline, String field, int max,
            List<FieldProblem> problems) {
        if (typed != null && hasInvisible(typed, multiline)) {
            problems.add(new FieldProblem(field, "shared.error.invisible"));
        } else if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "shared.error.tooLong", List.of(max)));
        }
        return value;
    }
}
