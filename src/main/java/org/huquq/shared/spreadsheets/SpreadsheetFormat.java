package org.huquq.shared.spreadsheets;

import java.util.Locale;

import org.huquq.shared.InvalidInputException;

/** The formats a table is written in, with the file extension and media type a download is offered under. */
public enum SpreadsheetFormat {

    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** The request parameter a download is asked with ({@code ?format=csv}) and refusals name. */
    public static final String PARAMETER = "format";

    private final String extension;
    private final String mediaType;

    SpreadsheetFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The format a request asks for by its extension, in any case ({@code csv}, {@code XLSX}).
     *
     * @throws InvalidInputException on field {@value #PARAMETER} for anything else, including nothing
     */
    public static SpreadsheetFormat of(String requested) {
        String wanted = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new InvalidInputException(PARAMETER, "shared.spreadsheets.error.format");
    }
}
