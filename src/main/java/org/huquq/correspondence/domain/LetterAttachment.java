package org.huquq.correspondence.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.huquq.correspondence.LetterAttachmentView;

/** A file kept with the letter: its name as uploaded and its identity in the file store. */
@Embeddable
public class LetterAttachment {

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false)
    private String mediaType;

    @Column(nullable = false)
    private Instant uploadedAt;

    @Column(nullable = false)
    private String uploadedBy;

    protected LetterAttachment() {
    }

    LetterAttachment(String fileName, String sha256, long size, String mediaType, String by) {
        this.fileName = fileName;
        this.sha256 = sha256;
        this.size = size;
        this.mediaType = mediaType;
        this.uploadedAt = Instant.now();
        this.uploadedBy = by;
    }

    LetterAttachmentView toView(int index) {
        return new LetterAttachmentView(index, fileName, sha256, size, mediaType, uploadedAt, uploadedBy);
    }
}
