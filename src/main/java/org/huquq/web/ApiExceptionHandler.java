package org.huquq.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.StaleVersionException;
import org.huquq.shared.web.IfMatch;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * RFC 9457 problem details for every API error, with a list of field errors ({@code errors: [{field, message}]})
 * where input was invalid.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = fieldProblem(ex.getBindingResult());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Unreadable request body");
        Throwable cause = ex.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            problem.setDetail("Unknown property '" + unknown.getPropertyName() + "'");
            problem.setProperty("errors", List.of(Map.of("field", unknown.getPropertyName(), "message", "unknown property")));
        } else if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
            String field = databind.getPath().get(databind.getPath().size() - 1).getPropertyName();
            problem.setDetail("Invalid value for '" + field + "'");
            problem.setProperty("errors", List.of(Map.of("field", String.valueOf(field), "message", "invalid value")));
        } else {
            problem.setDetail("The body is not valid JSON for this operation");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /** Validation failures found by a module's own checks, with the same shape as bean validation ones. */
    static ProblemDetail fieldProblem(BindingResult result) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid input");
        problem.setDetail(result.getErrorCount() + " field(s) are invalid");
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", result.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message",
                        String.valueOf(error.getDefaultMessage())))
                .toList());
        return problem;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException ex) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle("Invalid input");
        problem.setDetail(ex.problems().size() + " field(s) are invalid");
        problem.setProperty("errors", ex.problems().stream()
                .map(p -> Map.of("field", p.field(), "message",
                        messages.getMessage(p.messageKey(), p.argumentArray(), p.messageKey(),
                                LocaleContextHolder.getLocale())))
                .toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such record");
        problem.setTitle("Not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<ProblemDetail> stale(StaleVersionException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The record was changed by someone else; reload it (current version " + ex.currentVersion() + ")");
        problem.setTitle("Stale version");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    /**
     * Two writers that both read the same version: the second one's update finds the row changed at flush or commit.
     * The same answer as a stale If-Match.
     */
    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> changedMeanwhile(OptimisticLockingFailureException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_FAILED,
                "The record was changed by someone else while this change was saved; reload it");
        problem.setTitle("Stale version");
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).body(problem);
    }

    @ExceptionHandler(IfMatch.IfMatchMissingException.class)
    ResponseEntity<ProblemDetail> ifMatchMissing(IfMatch.IfMatchMissingException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PRECONDITION_REQUIRED, ex.getMessage());
        problem.setTitle("Precondition required");
        return ResponseEntity.status(HttpStatus.PRECONDITION_REQUIRED).body(problem);
    }

    @ExceptionHandler(AccessDeniedToWrite.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedToWrite ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
        problem.setTitle("Forbidden");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
