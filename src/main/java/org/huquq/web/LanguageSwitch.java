package org.huquq.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.huquq.identity.CurrentUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Languages;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Changes the interface language and remembers it for the session, the browser (a cookie) and the signed-in user,
 * whether the user pressed a language button or opened an address with {@code ?lang=}.
 */
@Component
class LanguageSwitch {

    private final LocaleResolver localeResolver;
    private final IdentityManagement identity;

    LanguageSwitch(LocaleResolver localeResolver, IdentityManagement identity) {
        this.localeResolver = localeResolver;
        this.identity = identity;
    }

    /** Switches to {@code language} when the interface speaks it; an unknown language changes nothing. */
    boolean switchTo(String language, HttpServletRequest request, HttpServletResponse response) {
        if (!Languages.isSupported(language)) {
            return false;
        }
        localeResolver.setLocale(request, response, Languages.locale(language));
        // the signed-in principal's language may be older than the saved one: identity compares with the saved one
        CurrentUser.find().ifPresent(user -> identity.changeLanguage(user.userId(), language));
        return true;
    }
}
