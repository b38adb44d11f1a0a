package org.huquq.correspondence.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A translation to keep with its original, as the form on the letter's page posts it. */
public class TranslationForm {

    @NotBlank(message = "{web.validation.required}")
    @Size(max = 8, message = "{web.validation.tooLong}")
    private String language;
    @Size(max = 500, message = "{web.validation.tooLong}")
    private String subject;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 200000, message = "{web.validation.tooLong}")
    private String body;
    @NotBlank(message = "{web.validation.required}")
    @Size(max = 200, message = "{web.validation.tooLong}")
    private String translator;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate translatedOn;
    private long version;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTranslator() {
        return translator;
    }

    public void setTranslator(String translator) {
        this.translator = translator;
    }

    public LocalDate getTranslatedOn() {
        return translatedOn;
    }

    public void setTranslatedOn(LocalDate translatedOn) {
        this.translatedOn = translatedOn;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
