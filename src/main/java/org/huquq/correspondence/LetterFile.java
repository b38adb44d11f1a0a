package org.huquq.correspondence;

import java.io.InputStream;

/** A letter's file opened for reading: what is known of it, and its bytes (the caller closes them). */
public record LetterFile(LetterAttachmentView attachment, InputStream content) {
}
