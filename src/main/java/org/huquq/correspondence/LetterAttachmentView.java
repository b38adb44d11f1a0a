package org.huquq.correspondence;

import java.time.Instant;

/** A file kept with a letter, identified by its SHA-256 in the file store. */
public record LetterAttachmentView(int index, String fileName, String sha256, long size, String mediaType,
        Instant uploadedAt, String uploadedBy) {
}
