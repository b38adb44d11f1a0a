package org.huquq.web;

import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A parameter that an API operation takes once, given more than once ({@code ?size=10&size=20}): which value was
 * meant is not the server's to guess, so the request is refused naming the parameter ({@link Repeated}).
 */
final class SingleValuedParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            for (MethodParameter parameter : method.getMethodParameters()) {
                Class<?> type = parameter.getParameterType();
                if (!parameter.hasParameterAnnotation(RequestParam.class) || type.isArray()
                        || Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                        || MultipartFile.class.isAssignableFrom(type)) {
                    continue;
                }
                String name = ApiExceptionHandler.requestName(parameter);
                String[] values = request.getParameterValues(name);
                if (values != null && values.length > 1) {
                    throw new Repeated(name);
                }
            }
        }
        return true;
    }

    /** A single-valued parameter given more than once. */
    static final class Repeated extends RuntimeException {

        private final String name;

        Repeated(String name) {
            super("parameter given more than once: " + name);
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
