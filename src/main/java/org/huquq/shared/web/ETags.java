package org.huquq.shared.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/**
 * API answers that carry a record's version as its ETag, the one way every API controller answers with a record a
 * client may change: read it, change it, create it (201 with its {@code Location}). The client sends the ETag back
 * in {@code If-Match} ({@link IfMatch}).
 */
public final class ETags {

    private ETags() {
    }

    /** The ETag of a version: {@code "3"}. */
    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the record and its ETag. */
    public static <T> ResponseEntity<T> ok(T record, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(record);
    }

    /** 201 with the new record, its {@code Location} (a path under {@code /api/v1}) and its ETag. */
    public static <T> ResponseEntity<T> created(String location, T record, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(record);
    }
}
