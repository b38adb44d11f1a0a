package org.huquq.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@code ?lang=tg} (or {@code ru}, {@code en}) on the address of any page switches the language as the language
 * buttons do, so that a link can open a page in the reader's language. Only on reads: a form's body is not parsed
 * for it.
 */
class LanguageParameterInterceptor implements HandlerInterceptor {

    static final String PARAMETER = "lang";

    private final LanguageSwitch languages;

    LanguageParameterInterceptor(LanguageSwitch languages) {
        this.languages = languages;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // not on the error page a failed request is forwarded to: its address may be the very thing that failed
        boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (read && request.getDispatcherType() != DispatcherType.ERROR) {
            String language = request.getParameter(PARAMETER);
            if (language != null) {
                languages.switchTo(language, request, response);
            }
        }
        return true;
    }
}
