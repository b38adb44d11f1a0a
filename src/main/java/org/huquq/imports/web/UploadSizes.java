package org.huquq.imports.web;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Whether an upload was refused for its size. Tomcat stops reading a file part over the multipart limit; the refusal
 * reaches a handler as Spring's {@link MaxUploadSizeExceededException}, or, when a parameter was read before the
 * file (an interceptor reading the query), as Tomcat's parameter exception with the size exception as its cause.
 */
final class UploadSizes {

    private UploadSizes() {
    }

    static boolean exceeded(Throwable refusal) {
        for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
            if (cause instanceof SizeException || cause instanceof MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }
}
