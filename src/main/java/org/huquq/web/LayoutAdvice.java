package org.huquq.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Languages;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the layout needs on every page: the signed-in user, the languages, and where the user is. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    @ModelAttribute("currentUser")
    HuquqUser currentUser() {
        return CurrentUser.find().orElse(null);
    }

    @ModelAttribute("languages")
    java.util.List<String> languages() {
        return Languages.SUPPORTED;
    }

    /**
     * The address the user asked for, where the language switch returns to. On an error page rendered by the
     * container's error dispatch that is the address that failed, not {@code /error}. Without {@code lang}, which
     * would otherwise overrule the button pressed.
     */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        String path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
        String query = request.getQueryString();
        if (query == null) {
            return path;
        }
        String kept = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.equals(LanguageParameterInterceptor.PARAMETER)
                        && !pair.startsWith(LanguageParameterInterceptor.PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return kept.isEmpty() ? path : path + "?" + kept;
    }

    /** The same attributes for a page an exception handler renders (its model starts empty). */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("currentUser", currentUser());
        model.addAttribute("languages", languages());
        model.addAttribute("currentPath", currentPath(request));
    }
}
