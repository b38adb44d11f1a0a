package org.huquq.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.shared.web.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses form and JSON bodies over {@code huquq.max-request-bytes} with 413, and bodies of unknown length with 411,
 * before anything reads them. File uploads (multipart) have their own, larger limits.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final ApiProblems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    RequestSizeLimitFilter(@Value("${huquq.max-request-bytes}") long maxBytes, ApiProblems problems,
            LocaleResolver locales, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (!multipart && length > maxBytes) {
            answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE);
            return;
        }
        if (!multipart && chunked) {
            // a body of unknown length could be of any size: it must say how long it is
            answer(request, response, HttpStatus.LENGTH_REQUIRED);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A problem in the caller's language; no controller and no exception handler is reached from here. */
    private void answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status)
            throws IOException {
        ProblemDetail problem = problems.problem(status, String.valueOf(status.value()),
                locales.resolveLocale(request), maxBytes);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
