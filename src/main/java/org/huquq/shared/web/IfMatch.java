package org.huquq.shared.web;

import org.huquq.shared.InvalidInputException;
import org.springframework.http.HttpHeaders;

/**
 * The version of a record that a client last read, sent back in {@code If-Match} to change the record: a record's
 * {@code version} is its ETag ({@link ETags}), and a change based on an older one answers 412. An API handler takes
 * an {@code IfMatch} argument and {@link IfMatchArgumentResolver} reads it from the header: without the header the
 * request answers 428 (the client must say which version it changes), with one that is not an ETag of ours 400
 * naming {@code If-Match}.
 *
 * @param version the version the client read
 */
public record IfMatch(long version) {

    /** The header's name, as problems name it. */
    public static final String HEADER = HttpHeaders.IF_MATCH;

    /** The version an {@code If-Match} header names: {@code "3"}, {@code W/"3"} or {@code 3}. */
    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            throw new IfMatchMissingException();
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            long version = Long.parseLong(value);
            if (version >= 0) {
                return new IfMatch(version);
            }
        } catch (NumberFormatException notANumber) {
            // answered below, as every other value that is not one of our ETags
        }
        throw new InvalidInputException(HEADER, "api.problem.ifMatch.malformed");
    }

    /** A change was sent without {@code If-Match}: answers 428 Precondition Required. */
    public static class IfMatchMissingException extends RuntimeException {

        public IfMatchMissingException() {
            super("If-Match with the record's ETag is required to change it");
        }
    }
}
