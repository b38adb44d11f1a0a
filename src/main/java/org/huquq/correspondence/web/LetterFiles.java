package org.huquq.correspondence.web;

import java.nio.charset.StandardCharsets;

import org.huquq.correspondence.LetterFile;
import org.huquq.shared.files.FileNames;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A letter's file as a download, for the page and the API alike. */
final class LetterFiles {

    private LetterFiles() {
    }

    /**
     * The stored bytes with their sniffed type, saved under the name they were uploaded with (UTF-8 kept), cleaned
     * again for names kept before uploads were cleaned.
     */
    static ResponseEntity<InputStreamResource> download(LetterFile file) {
        String name = FileNames.clean(file.attachment().fileName());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .contentLength(file.attachment().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name != null ? name : "file", StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(file.content()));
    }
}
