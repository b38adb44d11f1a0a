package org.huquq.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.util.UrlPathHelper;

/**
 * The address of the list a page shows, for its pager ({@code templates/shared/list.html}): the path and filters the
 * request asked for, without the position the pager sets ({@code after}, {@code page}), the language switch
 * ({@code lang}), the markers of Spring's form binding ({@code _sensitive}) and empty filters. Built from the request, so that no page repeats its filters by hand.
 */
public final class ListUrl {

    /** Parameters that say where in the list or in which language, not which list. */
    private static final Set<String> NOT_FILTERS = Set.of("after", "page", "lang");

    private static final UrlPathHelper PATHS = new UrlPathHelper();

    private ListUrl() {
    }

    /**
     * The list's address within the application (the pager's links add the context path). Values are form-encoded,
     * as a browser sends a GET form: a "+" typed in a search box stays a "+".
     */
    public static String of(HttpServletRequest request) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        request.getParameterMap().forEach((name, values) -> {
            if (!NOT_FILTERS.contains(name) && !name.startsWith("_")) {
                for (String value : values) {
                    if (!value.isBlank()) {
                        query.add(encoded(name) + "=" + encoded(value));
                    }
                }
            }
        });
        return PATHS.getPathWithinApplication(request) + query;
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
