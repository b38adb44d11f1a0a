package org.huquq.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.PartialDate;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.web.ApiProblems.FieldMessage;
import org.huquq.shared.web.ApiProblems;
import org.huquq.shared.web.IfMatch;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem details for every API error, in the caller's language ({@link ApiProblems}), with a list of field
 * errors ({@code errors: [{field, message}]}) where input was invalid. A field is what the request has: a body
 * property ({@code names[0].family}), a query parameter ({@code from}), a path variable or a header
 * ({@code If-Match}); a request without a body (a GET) is never told about a body property.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldMessage> errors = new ArrayList<>();
        for (ObjectError error : ex.getBindingResult().getAllErrors()) {
            String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
            errors.add(new FieldMessage(field, constraintMessage(error, locale)));
        }
        return answer(problems.invalid(errors, locale));
    }

    /** Constraints on parameters ({@code @RequestParam @Min(1) int size}): named as the request names them. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldMessage> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            String name = requestName(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> errors.add(new FieldMessage(name, constraintMessage(error,
                    locale))));
        }
        return answer(problems.invalid(errors, locale));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        String message = ex.getCause() instanceof RefusedValue refused
                ? problems.text(refused.messageKey(), locale) : typeMessage(ex.getRequiredType(), locale);
        return answer(problems.invalid(List.of(new FieldMessage(ex.getPropertyName(), message)), locale));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return required(ex.getParameterName());
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return required(ex.getRequestPartName());
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return required(missing.getHeaderName());
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    /** A body that is not JSON, or JSON that does not fit: the property it stumbled on, when there is one. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Throwable cause = ex.getCause();
        if (cause instanceof DatabindException databind && !(cause instanceof StreamReadException)
                && !databind.getPath().isEmpty()) {
            String message;
            if (cause instanceof UnrecognizedPropertyException) {
                message = problems.text("api.field.unknown", locale);
            } else if (cause instanceof RefusedValue refused) {
                message = problems.text(refused.messageKey(), locale);
            } else if (cause instanceof InvalidNullException) {
                message = problems.text("api.field.required", locale);
            } else if (cause instanceof MismatchedInputException mismatch) {
                message = typeMessage(mismatch.getTargetType(), locale);
            } else {
                message = problems.text("api.field.invalid", locale);
            }
            return answer(problems.invalid(List.of(new FieldMessage(path(databind), message)), locale));
        }
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "unreadable", locale);
        problem.setProperty(ApiProblems.ERRORS, List.of());
        return answer(problem);
    }

    /**
     * Everything else Spring MVC answers itself (unknown address, method, media type, too large an upload): the
     * status stays, the words become ours.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            Locale locale = LocaleContextHolder.getLocale();
            problem.setTitle(problems.title(statusCode, locale));
            problem.setDetail(problems.text("api.problem.detail." + statusCode.value(), locale));
        }
        return answer;
    }

    /** Rules only a module can check. On a request without a body, a field the request does not have is left out. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Object> invalid(InvalidInputException ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        boolean withoutBody = HttpMethod.GET.matches(request.getMethod())
                || HttpMethod.HEAD.matches(request.getMethod()) || HttpMethod.DELETE.matches(request.getMethod());
        List<FieldMessage> errors = ex.problems().stream()
                .map(p -> new FieldMessage(withoutBody && !hasNamed(request, p.field()) ? null : p.field(),
                        problems.text(new DefaultMessageSourceResolvable(new String[] { p.messageKey() },
                                p.argumentArray()), locale)))
                .map(e -> e.message() == null ? new FieldMessage(e.field(), problems.text("api.field.invalid",
                        locale)) : e)
                .toList();
        return answer(problems.invalid(errors, locale));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return answer(problems.problem(HttpStatus.NOT_FOUND, "notFound", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> stale(StaleVersionException ex) {
        return answer(problems.problem(HttpStatus.PRECONDITION_FAILED, "stale", LocaleContextHolder.getLocale(),
                ex.currentVersion()));
    }

    /**
     * Two writers that both read the same version: the second one's update finds the row changed at flush or commit.
     * The same answer as a stale If-Match.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> changedMeanwhile(OptimisticLockingFailureException ex) {
        return answer(problems.problem(HttpStatus.PRECONDITION_FAILED, "changedMeanwhile",
                LocaleContextHolder.getLocale()));
    }

    /** Another request wrote the same thing at the same moment (two detections of duplicates at once). */
    @ExceptionHandler({ DataAccessException.class, PersistenceException.class })
    ResponseEntity<Object> concurrentWrite(Exception ex) throws Exception {
        if (!ConcurrentWrite.refused(ex)) {
            throw ex;
        }
        return answer(problems.problem(HttpStatus.CONFLICT, "conflict", LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(SingleValuedParameters.Repeated.class)
    ResponseEntity<Object> repeated(SingleValuedParameters.Repeated ex) {
        Locale locale = LocaleContextHolder.getLocale();
        return answer(problems.invalid(List.of(new FieldMessage(ex.name(), problems.text("api.field.repeated",
                locale))), locale));
    }

    /**
     * An upload whose multipart body cannot be read: no boundary, cut short, a part without headers; or a file name
     * with a NUL, which Tomcat refuses when a parameter is first read (by an interceptor, before Spring's own parse).
     */
    @ExceptionHandler({ MultipartException.class, InvalidFileNameException.class })
    ResponseEntity<Object> unreadableUpload(RuntimeException ex) {
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "multipart", LocaleContextHolder.getLocale());
        problem.setProperty(ApiProblems.ERRORS, List.of());
        return answer(problem);
    }

    /**
     * Parameters the server could not read when they were first asked for (a check of repeated parameters, a
     * {@code @RequestParam}): a multipart body without its boundary or cut short, a form body that is not UTF-8.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> unreadableParameters(InvalidParameterException ex, HttpServletRequest request) {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, multipart ? "multipart" : "unreadable",
                LocaleContextHolder.getLocale());
        problem.setProperty(ApiProblems.ERRORS, List.of());
        return answer(problem);
    }

    @ExceptionHandler(IfMatch.IfMatchMissingException.class)
    ResponseEntity<Object> ifMatchMissing(IfMatch.IfMatchMissingException ex) {
        return answer(problems.problem(HttpStatus.PRECONDITION_REQUIRED, "ifMatchRequired",
                LocaleContextHolder.getLocale()));
    }

    /** A module's refusal to write, and a role check of {@code @PreAuthorize}. */
    @ExceptionHandler({ AccessDeniedToWrite.class, AccessDeniedException.class })
    ResponseEntity<Object> forbidden(RuntimeException ex) {
        return answer(problems.problem(HttpStatus.FORBIDDEN, "forbidden", LocaleContextHolder.getLocale()));
    }

    private ResponseEntity<Object> required(String name) {
        Locale locale = LocaleContextHolder.getLocale();
        return answer(problems.invalid(List.of(new FieldMessage(name, problems.text("api.field.required", locale))),
                locale));
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * A constraint's message, interpolated in the caller's language from our bundles when validation ran. A message
     * template our bundles do not hold (a library's own constraint) gives our generic message instead.
     */
    private String constraintMessage(MessageSourceResolvable error, Locale locale) {
        if (error instanceof ObjectError objectError && objectError.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = objectError.unwrap(ConstraintViolation.class);
            String template = violation.getMessageTemplate();
            boolean oneKey = template.startsWith("{") && template.endsWith("}")
                    && template.indexOf('{', 1) < 0;
            if (!oneKey || problems.text(template.substring(1, template.length() - 1), locale) != null) {
                return violation.getMessage();
            }
        }
        String resolved = problems.text(error, locale);
        return resolved != null ? resolved : problems.text("api.field.invalid", locale);
    }

    /** What a value of the type must look like, in the caller's language. */
    private String typeMessage(Class<?> type, Locale locale) {
        String key;
        if (type == null) {
            key = "invalid";
        } else if (type == LocalDate.class) {
            key = "type.date";
        } else if (type == Instant.class || type == LocalDateTime.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class) {
            key = "type.dateTime";
        } else if (type == LocalTime.class) {
            key = "type.time";
        } else if (type == PartialDate.class) {
            key = "type.partialDate";
        } else if (type == UUID.class) {
            key = "type.uuid";
        } else if (type.isEnum()) {
            String values = Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return problems.text("api.field.type.enum", locale, values);
        } else if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            key = "type.integer";
        } else if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            key = "type.number";
        } else if (type == boolean.class || type == Boolean.class) {
            key = "type.boolean";
        } else if (type == String.class) {
            key = "type.text";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            key = "type.list";
        } else if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            key = "type.object";
        } else {
            key = "invalid";
        }
        return problems.text("api.field." + key, locale);
    }

    /** The property a JSON error is about, as validation names it: {@code names[0].family}. */
    private static String path(JacksonException error) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : error.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The name the request gives a handler's parameter: its query parameter, path variable or header name. */
    static String requestName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        String named = param != null ? param.name() + param.value()
                : variable != null ? variable.name() + variable.value()
                : header != null ? header.name() + header.value() : "";
        // name and value are aliases: at most one of them is set
        return named.isEmpty() ? parameter.getParameterName() : named;
    }

    /**
     * Whether the request names {@code field} as a query parameter or a path variable. A body such a request should
     * not have, and that cannot be read for parameters (a broken multipart one), names nothing.
     */
    private static boolean hasNamed(HttpServletRequest request, String field) {
        if (field == null) {
            return false;
        }
        try {
            if (request.getParameterMap().containsKey(field)) {
                return true;
            }
        } catch (IllegalStateException | MultipartException unreadableBody) {
            // the query was read before (UnreadableRequestFilter): the body fails, as Tomcat or Spring parse it
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables instanceof Map<?, ?> map && map.containsKey(field);
    }
}
