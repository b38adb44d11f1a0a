package org.huquq.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.shared.web.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses, before anything reads it, a request no handler could read: a query that is not percent-encoded UTF-8
 * (400), a form or JSON body over {@code huquq.max-request-bytes} (413) or of unknown length (411), a body whose
 * Content-Type is not one media type ({@code application/*}, {@code *}{@code /*} or no type at all: 415), a GET or HEAD
 * that says it carries a multipart body (400). File uploads
 * (multipart) have their own, larger limits. Each refusal is one line in the log, without the query, which may hold
 * what someone searched for.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableRequestFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRequestFilter.class);

    private final long maxBytes;
    private final ApiProblems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    UnreadableRequestFilter(@Value("${huquq.max-request-bytes}") long maxBytes, ApiProblems problems,
            LocaleResolver locales, JsonMapper json) {
        this.maxBytes = maxBytes;
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isUtf8(request.getQueryString())) {
            refuse(request, response, HttpStatus.BAD_REQUEST, "query", "its query is not percent-encoded UTF-8");
            return;
        }
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (!multipart && length > maxBytes) {
            refuse(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "413", "its body is over the limit");
            return;
        }
        if (multipart && (HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))) {
            // no operation reads a body on GET, and a handler mapping with a params condition would parse this one
            // while looking for the handler, where a malformed body is a server error no handler's advice answers
            refuse(request, response, HttpStatus.BAD_REQUEST, "multipart", "a GET or HEAD with a multipart body");
            return;
        }
        if (!multipart && chunked) {
            // a body of unknown length could be of any size: it must say how long it is
            refuse(request, response, HttpStatus.LENGTH_REQUIRED, "411", "its body has no length");
            return;
        }
        if (!isOneMediaType(contentType) && !HttpMethod.GET.matches(request.getMethod())
                && !HttpMethod.HEAD.matches(request.getMethod())) {
            refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "415", "its Content-Type is no media type");
            return;
        }
        chain.doFilter(request, response);
    }

    /** No Content-Type, or one concrete media type: a range such as {@code application/*} types nothing. */
    private static boolean isOneMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException notAType) {
            return false;
        }
    }

    /** Whether the raw query decodes to text: every escape complete, the bytes they stand for UTF-8. */
    static boolean isUtf8(String query) {
        if (query == null) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(query.length());
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int high = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(query.charAt(i + 2), 16);
                if (low < 0) {
                    return false;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // an address is ASCII: a character beyond it came from bytes the server could not decode
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** A problem in the caller's language; no controller and no exception handler is reached from here. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail,
            String reason) throws IOException {
        LOG.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), reason);
        ProblemDetail problem = problems.problem(status, detail, locales.resolveLocale(request), maxBytes);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
