package org.huquq.web;

import java.io.IOException;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes the links of a page to static resources as the resource chain serves them, a webjar with its version
 * ({@code /webjars/htmx.org/2.0.4/dist/htmx.min.js} for {@code @{/webjars/htmx.org/dist/htmx.min.js}}), and leaves
 * every other link alone. Spring's {@code ResourceUrlEncodingFilter}, which Spring Boot registers when a webjar
 * locator is present, looks every link of a page up among the static resources: a page has dozens of links to
 * records and pages, each one not a file, and each miss was searched for again, uncached, in four places of the
 * application's jar. That was half the CPU time of a page (docs/performance.md, "Page cost").
 */
class StaticResourceLinks extends OncePerRequestFilter {

    /** Where the static resources are served from (src/main/resources/static and the webjars). */
    static final List<String> PREFIXES = List.of("/webjars/", "/css/", "/js/", "/images/");

    private final UnaryOperator<String> resources;

    /**
     * @param resources the address the resource chain serves a static resource at, by its address in the
     *        application, or null where it serves none ({@code ResourceUrlProvider::getForLookupPath})
     */
    StaticResourceLinks(UnaryOperator<String> resources) {
        this.resources = resources;
    }

    /** Error pages, rendered in the container's error dispatch, link to the same resources. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Links(response, request.getContextPath()));
    }

    /** The link to a static resource as the resource chain names it, or the link unchanged. */
    String resolve(String url, String contextPath) {
        if (!url.startsWith(contextPath)) {
            return url;
        }
        for (String prefix : PREFIXES) {
            if (url.startsWith(prefix, contextPath.length())) {
                String resolved = resources.apply(url.substring(contextPath.length()));
                return resolved == null ? url : contextPath + resolved;
            }
        }
        return url;
    }

    private final class Links extends HttpServletResponseWrapper {

        private final String contextPath;

        Links(HttpServletResponse response, String contextPath) {
            super(response);
            this.contextPath = contextPath;
        }

        @Override
        public String encodeURL(String url) {
            return super.encodeURL(resolve(url, contextPath));
        }
    }
}
