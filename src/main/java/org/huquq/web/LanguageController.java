package org.huquq.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Languages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/** The language switch: a plain form post, remembered for the session, the browser and the signed-in user. */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;
    private final IdentityManagement identity;

    LanguageController(LocaleResolver localeResolver, IdentityManagement identity) {
        this.localeResolver = localeResolver;
        this.identity = identity;
    }

    @PostMapping("/language")
    String change(@RequestParam String language, @RequestParam(defaultValue = "/") String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        if (Languages.isSupported(language)) {
            localeResolver.setLocale(request, response, Languages.locale(language));
            CurrentUser.find().ifPresent(user -> identity.changeLanguage(user.userId(), language));
        }
        return "redirect:" + safeReturnPath(returnTo);
    }

    /** Only a path of this application: never an absolute or protocol-relative address (open redirect). */
    static String safeReturnPath(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return "/";
        }
        return returnTo;
    }
}
