package org.huquq.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Languages;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The interface language: the one chosen in this session, else the signed-in user's saved preference, else a
 * cookie from an earlier visit, else the browser's wish when we speak it, else English.
 */
class UserLocaleResolver implements LocaleResolver {

    static final String SESSION_ATTRIBUTE = "huquq.language";
    static final String COOKIE = "huquq-lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String language) {
            return Languages.locale(language);
        }
        String userLanguage = CurrentUser.find().map(HuquqUser::language).orElse(null);
        if (Languages.isSupported(userLanguage)) {
            return Languages.locale(userLanguage);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                    return Languages.locale(cookie.getValue());
                }
            }
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            for (String range : wishes(header)) {
                String language = range.split("-")[0];
                if (Languages.isSupported(language)) {
                    return Languages.locale(language);
                }
            }
        }
        return Languages.locale(Languages.DEFAULT);
    }

    /**
     * The language ranges of an Accept-Language header, most wanted first. A header no browser sends (empty,
     * {@code ru;q=x}) is read as well as it can be, in the order given: it must not fail the request it came with.
     */
    static List<String> wishes(String header) {
        try {
            return Locale.LanguageRange.parse(header).stream().map(Locale.LanguageRange::getRange).toList();
        } catch (IllegalArgumentException malformed) {
            return Arrays.stream(header.split(",")).map(part -> part.split(";", 2)[0].strip()
                    .toLowerCase(Locale.ROOT)).toList();
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        String language = locale == null ? Languages.DEFAULT : locale.getLanguage();
        request.getSession().setAttribute(SESSION_ATTRIBUTE, language);
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
