package org.huquq.correspondence.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.huquq.correspondence.LetterTranslationView;

/** A translation of the letter, kept with its original. */
@Embeddable
public class LetterTranslation {

    @Column(nullable = false)
    private String language;

    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private String translator;

    @Column(nullable = false)
    private LocalDate translatedOn;

    protected LetterTranslation() {
    }

    LetterTranslation(LetterTranslationView translation) {
        this.language = translation.language();
        this.subject = translation.subject();
        this.body = translation.body();
        this.translator = translation.translator();
        this.translatedOn = translation.translatedOn();
    }

    LetterTranslationView toView() {
        return new LetterTranslationView(language, subject, body, translator, translatedOn);
    }

    String language() {
        return language;
    }
}
