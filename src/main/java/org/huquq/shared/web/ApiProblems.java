package org.huquq.shared.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/**
 * The API's answers to what went wrong, as RFC 9457 problem details whose every text comes from the message bundles
 * ({@code i18n/api*.properties} and the modules' own keys) in the caller's language: {@code title} by status,
 * {@code detail} by situation, and for invalid input an {@code errors} list of {@code {field, message}}. Nothing a
 * library says in its own words (Bean Validation, Jackson, Spring) reaches the caller.
 */
@Component
public class ApiProblems {

    /** The name of the list of field errors in a problem. */
    public static final String ERRORS = "errors";

    private final MessageSource messages;

    public ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A field (a body property such as {@code names[0].family}, a parameter or a header) and what is wrong. */
    @Schema(name = "FieldError", description = "What is wrong with one field, query parameter or header")
    public record FieldMessage(
            @Schema(description = "names[0].family, from, If-Match; null when the problem concerns no field the "
                    + "request has", nullable = true) String field,
            @Schema(requiredMode = RequiredMode.REQUIRED) String message) {
    }

    /**
     * A problem of {@code status}, titled for the status, with the detail under {@code api.problem.detail.<detail>}
     * (none when {@code detail} is null or the key is unknown).
     */
    public ProblemDetail problem(HttpStatusCode status, String detail, Locale locale, Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(title(status, locale));
        problem.setDetail(detail == null ? null : text("api.problem.detail." + detail, locale, arguments));
        return problem;
    }

    /** 400 for input that breaks rules, naming every field that does. */
    public ProblemDetail invalid(List<FieldMessage> errors, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid", locale, errors.size());
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    /** The title of a status in the caller's language. */
    public String title(HttpStatusCode status, Locale locale) {
        String title = text("api.problem.title." + status.value(), locale);
        return title != null ? title : text("api.problem.title.other", locale);
    }

    /** A message of the bundles, or {@code null} when there is none under {@code key}. */
    public String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments.length == 0 ? null : arguments, null, locale);
    }

    /** A message of the bundles for an error that names its codes (a field error, a parameter's), or null. */
    public String text(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                String text = messages.getMessage(code, resolvable.getArguments(), null, locale);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
