package org.huquq.shared.spreadsheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.huquq.shared.files.FileNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Answers a request for a list as a file ({@code ?format=csv} or {@code ?format=xlsx}): the headers of a download
 * under a safe file name, then the table streamed into the response as it is written, so that no list is held whole
 * in memory. A controller reads what it exports in its own (read-only) transaction inside {@code content}.
 * <pre>
 * &#64;GetMapping("/places/export")
 * void export(&#64;RequestParam String format, HttpServletResponse response) throws IOException {
 *     SpreadsheetDownloads.send(response, SpreadsheetFormat.of(format), "places", sheet -&gt; {
 *         sheet.header(List.of("Code", "Name"));
 *         places.forEach(place -&gt; sheet.row(List.of(place.code(), place.name())));
 *     });
 * }
 * </pre>
 * An address of its own rather than a {@code params = "format"} condition on the list's address: a params condition
 * makes Spring read the parameters, and so parse any multipart body, while it looks for the handler of every request
 * to a pattern path, where a malformed body is a server error that no controller advice answers.
 */
public final class SpreadsheetDownloads {

    private static final String FALLBACK_NAME = "export";

    private SpreadsheetDownloads() {
    }

    /** What a download writes into its table. */
    @FunctionalInterface
    public interface Content {
        void writeTo(SpreadsheetWriter sheet) throws IOException;
    }

    /**
     * Sends the table as an attachment named {@code baseName} plus the format's extension. The name is cleaned
     * ({@link FileNames#clean}: no path, no control or direction characters) and kept in UTF-8 (RFC 6266
     * {@code filename*}), with Spring's ASCII rendering of it as {@code filename} for clients that read nothing else.
     */
    public static void send(HttpServletResponse response, SpreadsheetFormat format, String baseName, Content content)
            throws IOException {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(baseName, format));
        response.setHeader("X-Content-Type-Options", "nosniff");
        OutputStream out = response.getOutputStream();
        try (SpreadsheetWriter sheet = SpreadsheetWriter.open(format, out, baseName)) {
            content.writeTo(sheet);
        }
        out.flush();
    }

    /** The {@code Content-Disposition} of a download of {@code baseName} in {@code format}. */
    public static String contentDisposition(String baseName, SpreadsheetFormat format) {
        String clean = FileNames.clean(baseName);
        String name = (clean == null ? FALLBACK_NAME : clean) + "." + format.extension();
        return ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString();
    }
}
