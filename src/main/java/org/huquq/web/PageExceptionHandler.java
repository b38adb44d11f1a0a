package org.huquq.web;

import java.util.Locale;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A page asked for with a value in its address that it cannot read ({@code /letters?from=notadate},
 * {@code /persons?page=abc}, {@code /letters/not-an-id}): the layout with a 400 page in the user's language that
 * names the parameter and says what it should be, instead of the bare "status 400" of the generic error page. The
 * API has its own answers ({@link ApiExceptionHandler}, which runs first).
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageExceptionHandler {

    private final MessageSource messages;
    private final LayoutAdvice layout;

    PageExceptionHandler(MessageSource messages, LayoutAdvice layout) {
        this.messages = messages;
        this.layout = layout;
    }

    @ExceptionHandler(TypeMismatchException.class)
    String typeMismatch(TypeMismatchException ex, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        return badParameter(BadParameter.of(ex), request, response, model, locale);
    }

    /** A search form bound from the query (no BindingResult beside it) with a field it could not read. */
    @ExceptionHandler(BindException.class)
    String unreadableForm(BindException ex, HttpServletRequest request, HttpServletResponse response, Model model,
            Locale locale) {
        return badParameter(BadParameter.of(ex.getBindingResult()), request, response, model, locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    String missing(MissingServletRequestParameterException ex, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale) {
        return badParameter(BadParameter.missing(ex), request, response, model, locale);
    }

    /** A change another request made at the same moment (a double click on "Detect duplicates"): 409, repeatable. */
    @ExceptionHandler({ DataAccessException.class, PersistenceException.class })
    String concurrentWrite(Exception ex, HttpServletRequest request, HttpServletResponse response, Model model)
            throws Exception {
        if (!ConcurrentWrite.refused(ex)) {
            throw ex;
        }
        response.setStatus(HttpStatus.CONFLICT.value());
        layout.addTo(model, request);
        return "error/409";
    }

    private String badParameter(BadParameter parameter, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        // an exception handler's model starts empty: the layout's attributes are added here
        layout.addTo(model, request);
        model.addAttribute("parameter", parameter);
        model.addAttribute("expectation", parameter.expectation(messages, locale));
        // the same page without its query, unless the bad value is in the path itself
        model.addAttribute("withoutParameters", parameter.inPath() ? null : request.getRequestURI());
        return "error/400";
    }
}
