package org.huquq.detention.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.huquq.detention.DetentionFilter;
import org.huquq.detention.DetentionManagement;
import org.huquq.detention.DetentionView;
import org.huquq.detention.RegistryView;
import org.huquq.detention.RemainingTerm;
import org.huquq.places.PlaceManagement;
import org.huquq.shared.Countries;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.Vocabularies;
import org.huquq.shared.spreadsheets.SpreadsheetDownloads;
import org.huquq.shared.spreadsheets.SpreadsheetFormat;
import org.huquq.shared.spreadsheets.SpreadsheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The registry's views as files: {@code ?format=csv} or {@code ?format=xlsx} on the list page or the API, with the same
 * filters, every record of the view the caller may read, in the reader's language. Each export is audited as a
 * sensitive read.
 */
@RestController
@Tag(name = "Detentions")
class DetentionExportController {

    private final DetentionManagement detentions;
    private final PlaceManagement places;
    private final Vocabularies vocabularies;
    private final MessageSource messages;

    DetentionExportController(DetentionManagement detentions, PlaceManagement places, Vocabularies vocabularies,
            MessageSource messages) {
        this.detentions = detentions;
        this.places = places;
        this.vocabularies = vocabularies;
        this.messages = messages;
    }

    @GetMapping(path = { "/detentions", "/api/v1/detentions" }, params = SpreadsheetFormat.PARAMETER)
    @Operation(summary = "Export a registry view", description = "The view and filters of GET /api/v1/detentions, "
            + "every record of it as CSV (UTF-8 with a byte-order mark) or XLSX, columns named in the caller's "
            + "language; text a spreadsheet would run as a formula is written with a leading apostrophe.")
    void export(@RequestParam(SpreadsheetFormat.PARAMETER) String format,
            @RequestParam(defaultValue = "CURRENT") RegistryView view, @RequestParam(required = false) String country,
            @RequestParam(required = false) UUID place, @RequestParam(required = false) String nationality,
            @RequestParam(required = false) String legalStatus, @RequestParam(required = false) UUID person,
            HttpServletResponse response) throws IOException {
        SpreadsheetFormat wanted = SpreadsheetFormat.of(format);
        Locale locale = LocaleContextHolder.getLocale();
        // checked before the download starts: once it has, a refusal could no longer be answered
        DetentionFilter filter = detentions.checked(new DetentionFilter(view, country, place, nationality,
                legalStatus, person));
        String name = message("detention.view." + view.name(), locale);
        SpreadsheetDownloads.send(response, wanted, name, sheet -> write(sheet, filter, locale));
    }

    private void write(SpreadsheetWriter sheet, DetentionFilter filter, Locale locale) throws IOException {
        List<String> header = new ArrayList<>();
        for (String column : new String[] { "reference", "personReference", "person", "nationalities",
                "vulnerabilities", "place", "country", "from", "to", "legalStatus", "legalBasis", "holdingAuthority",
                "releaseOn", "remaining", "toReview" }) {
            header.add(message("detention.export." + column, locale));
        }
        sheet.header(header);
        Map<String, String> statuses = vocabularies.labels(DetentionManagement.LEGAL_STATUSES, locale);
        Map<UUID, String> placeNames = new HashMap<>();
        String yes = message("detention.export.yes", locale);
        try {
            detentions.export(filter, record -> {
                try {
                    sheet.row(row(record, statuses, placeNames, yes, locale));
                } catch (IOException e) {
                    throw new ExportFailed(e);
                }
            });
        } catch (ExportFailed e) {
            throw e.getCause();
        }
    }

    private List<Object> row(DetentionView record, Map<String, String> statuses, Map<UUID, String> placeNames,
            String yes, Locale locale) {
        RemainingTerm remaining = record.remainingOn(detentions.today());
        List<Object> cells = new ArrayList<>();
        cells.add(record.reference());
        cells.add(record.personReference());
        cells.add(record.personName());
        cells.add(String.join(", ", record.nationalities().stream().map(code -> Countries.name(code, locale))
                .toList()));
        cells.add(String.join(", ", record.vulnerabilities().stream()
                .map(marker -> message("people.marker." + marker.name(), locale)).toList()));
        cells.add(placeNames.computeIfAbsent(record.placeId(), id -> placeName(id, locale)));
        cells.add(record.placeCountry() == null ? null : Countries.name(record.placeCountry(), locale));
        cells.add(record.from());
        cells.add(record.to());
        cells.add(statuses.getOrDefault(record.legalStatus(), record.legalStatus()));
        cells.add(record.legalBasis());
        cells.add(record.holdingAuthority());
        cells.add(record.sentence() == null ? null : record.sentence().releaseOn());
        cells.add(remaining == null ? null : remaining.life() ? message("detention.export.life", locale)
                : remaining.totalDays());
        cells.add(record.needsReview(detentions.today()) ? yes : null);
        return cells;
    }

    /** The place's name in the reader's language; empty for a place the reader may not read. */
    private String placeName(UUID id, Locale locale) {
        try {
            return places.get(id).name(locale.getLanguage());
        } catch (NotFoundException e) {
            return "";
        }
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A failure to write a row, carried out of the row callback. */
    private static final class ExportFailed extends RuntimeException {

        ExportFailed(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }
}
