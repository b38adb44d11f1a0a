package org.huquq.correspondence.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.huquq.correspondence.LetterLinkKind;

/** A person, place or other letter the letter concerns. */
@Embeddable
public class LetterLink {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LetterLinkKind targetKind;

    @Column(nullable = false)
    private UUID targetId;

    protected LetterLink() {
    }

    LetterLink(LetterLinkKind kind, UUID targetId) {
        this.targetKind = kind;
        this.targetId = targetId;
    }

    boolean is(LetterLinkKind kind) {
        return targetKind == kind;
    }

    UUID targetId() {
        return targetId;
    }
}
