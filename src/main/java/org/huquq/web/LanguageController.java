package org.huquq.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The language switch: a plain form post, remembered for the session, the browser and the signed-in user. */
@Controller
class LanguageController {

    private final LanguageSwitch languages;

    LanguageController(LanguageSwitch languages) {
        this.languages = languages;
    }

    @PostMapping("/language")
    String change(@RequestParam String language, @RequestParam(defaultValue = "/") String returnTo,
            HttpServletRequest request, HttpServletResponse response) {
        languages.switchTo(language, request, response);
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
