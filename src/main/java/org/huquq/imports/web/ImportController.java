package org.huquq.imports.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.huquq.imports.ImportKind;
import org.huquq.imports.ImportManagement;
import org.huquq.imports.ImportRowView;
import org.huquq.imports.ImportStatus;
import org.huquq.imports.ImportView;
import org.huquq.imports.RowOutcome;
import org.huquq.shared.AccessDeniedToWrite;
import org.huquq.shared.Confidentiality;
import org.huquq.shared.DateCursor;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.KeysetPage;
import org.huquq.shared.spreadsheets.SpreadsheetDownloads;
import org.huquq.shared.spreadsheets.SpreadsheetFormat;
import org.huquq.shared.web.ListUrl;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of imports: the list, the upload form, and an import's page, which shows the step it is at (the mapping of
 * its columns, the progress of the dry run or the run, the dry run's rows with the choices to make, the outcome) and
 * offers what can be done next. While the background works, htmx asks for the status every two seconds; without
 * JavaScript a refresh of the page shows the progress.
 */
@Controller
@RequestMapping("/imports")
class ImportController {

    private static final int PAGE_SIZE = 25;
    private static final int ROWS_SHOWN = 50;

    private final ImportManagement imports;
    private final MessageSource messages;

    ImportController(ImportManagement imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) DateCursor after, HttpServletRequest request, Model model) {
        listModel(after, request, model);
        return "imports/list";
    }

    @GetMapping(headers = "HX-Request=true")
    String results(@RequestParam(required = false) DateCursor after, HttpServletRequest request, Model model) {
        listModel(after, request, model);
        return "imports/list :: results";
    }

    private void listModel(DateCursor after, HttpServletRequest request, Model model) {
        model.addAttribute("result", imports.find(after, PAGE_SIZE));
        model.addAttribute("listUrl", ListUrl.of(request));
        model.addAttribute("canImport", imports.canImport());
    }

    @GetMapping("/new")
    String newImport(Model model) {
        if (!imports.canImport()) {
            throw new AccessDeniedToWrite("Your roles do not allow importing lists");
        }
        return uploadForm(model, ImportKind.PERSONS, Confidentiality.INTERNAL, null, Map.of());
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "PERSONS") ImportKind kind,
            @RequestParam(defaultValue = "INTERNAL") Confidentiality confidentiality,
            @RequestParam(required = false) UUID teamId, Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return uploadForm(model, kind, confidentiality, teamId,
                    Map.of("file", List.of(text("imports.error.empty", locale))));
        }
        try (InputStream content = file.getInputStream()) {
            ImportView created = imports.upload(content, file.getOriginalFilename(), kind, confidentiality, teamId);
            return "redirect:/imports/" + created.id();
        } catch (InvalidInputException e) {
            return uploadForm(model, kind, confidentiality, teamId, errors(e, locale));
        }
    }

    /**
     * An upload over the multipart limit, refused before it is read whole: the form again, naming the limit; or an
     * upload Tomcat could not read otherwise, the form again saying so.
     */
    @ExceptionHandler({ MaxUploadSizeExceededException.class, InvalidParameterException.class })
    String unreadableUpload(RuntimeException e, Model model, Locale locale) {
        String problem = UploadSizes.exceeded(e)
                ? messages.getMessage("imports.error.tooLarge", new Object[] { imports.maxFileBytes() / (1024 * 1024) },
                        locale)
                : text("imports.error.unreadableUpload", locale);
        return uploadForm(model, ImportKind.PERSONS, Confidentiality.INTERNAL, null, Map.of("file", List.of(problem)));
    }

    private String uploadForm(Model model, ImportKind kind, Confidentiality confidentiality, UUID teamId,
            Map<String, List<String>> errors) {
        model.addAttribute("kinds", ImportKind.values());
        model.addAttribute("kind", kind);
        model.addAttribute("levels", Confidentiality.values());
        model.addAttribute("confidentiality", confidentiality);
        model.addAttribute("teams", imports.teams());
        model.addAttribute("teamId", teamId);
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", imports.maxFileBytes() / (1024 * 1024));
        return "imports/new";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) Set<RowOutcome> outcome,
            @RequestParam(defaultValue = "0") int after, HttpServletRequest request, Model model) {
        detailModel(imports.get(id), outcome, after, request, model, Map.of());
        return "imports/detail";
    }

    /** The status block alone, as htmx polls it while the background works; the page again once it has ended. */
    @GetMapping(path = "/{id}", headers = "HX-Request=true")
    String status(@PathVariable UUID id, Model model, HttpServletResponse response) {
        ImportView found = imports.get(id);
        if (!found.status().isWorking()) {
            // the work has ended: the whole page changes (counts, rows, what can be done next), not just the status
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("imp", found);
        return "imports/detail :: status";
    }

    private void detailModel(ImportView found, Set<RowOutcome> outcomes, int after, HttpServletRequest request,
            Model model, Map<String, List<String>> errors) {
        model.addAttribute("imp", found);
        model.addAttribute("errors", errors);
        model.addAttribute("outcomes", RowOutcome.values());
        model.addAttribute("chosenOutcomes", outcomes == null ? Set.of() : outcomes);
        if (!found.mine()) {
            return;
        }
        boolean mapping = found.status() == ImportStatus.UPLOADED || found.status() == ImportStatus.FAILED
                || found.status() == ImportStatus.CANCELLED;
        if (mapping) {
            model.addAttribute("mapping", imports.mapping(found.id()));
        }
        if (found.isChecked()) {
            KeysetPage<ImportRowView> rows = imports.rows(found.id(), outcomes, after, ROWS_SHOWN);
            model.addAttribute("rows", rows);
            model.addAttribute("listUrl", ListUrl.of(request));
        }
    }

    @PostMapping("/{id}/sheet")
    String chooseSheet(@PathVariable UUID id, @RequestParam(required = false) String sheet, Model model,
            HttpServletRequest request, Locale locale) {
        try {
            imports.chooseSheet(id, sheet);
            return "redirect:/imports/" + id;
        } catch (InvalidInputException e) {
            return again(id, e, request, model, locale);
        }
    }

    @PostMapping("/{id}/mapping")
    String map(@PathVariable UUID id, HttpServletRequest request, Model model, Locale locale) {
        ImportView found = imports.get(id);
        List<String> columns = new ArrayList<>();
        for (int i = 0; request.getParameter("columns[" + i + "]") != null; i++) {
            columns.add(request.getParameter("columns[" + i + "]"));
        }
        try {
            imports.map(found.id(), ColumnFields.parse(columns));
            if (request.getParameter("check") != null) {
                imports.check(found.id());
            }
            return "redirect:/imports/" + id;
        } catch (InvalidInputException e) {
            return again(id, e, request, model, locale);
        }
    }

    @PostMapping("/{id}/check")
    String check(@PathVariable UUID id, HttpServletRequest request, Model model, Locale locale) {
        return act(id, () -> imports.check(id), request, model, locale);
    }

    @PostMapping("/{id}/run")
    String run(@PathVariable UUID id, HttpServletRequest request, Model model, Locale locale) {
        return act(id, () -> imports.run(id), request, model, locale);
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable UUID id, HttpServletRequest request, Model model, Locale locale) {
        return act(id, () -> imports.cancel(id), request, model, locale);
    }

    @PostMapping("/{id}/choices/new-persons")
    String chooseNewForAllWaiting(@PathVariable UUID id, HttpServletRequest request, Model model, Locale locale) {
        return act(id, () -> imports.chooseNewForAllWaiting(id), request, model, locale);
    }

    @PostMapping("/{id}/rows/{row}/choice")
    String choose(@PathVariable UUID id, @PathVariable int row, @RequestParam(required = false) String person,
            @RequestParam(defaultValue = "0") int after, HttpServletRequest request, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            UUID personId = person == null || person.isBlank() || person.equals("NEW") ? null : UUID.fromString(person);
            imports.choose(id, row, personId);
            redirect.addAttribute("after", after);
            return "redirect:/imports/" + id + "#row-" + row;
        } catch (IllegalArgumentException notAnId) {
            return again(id, new InvalidInputException("personId", "imports.error.notACandidate"), request, model,
                    locale);
        } catch (InvalidInputException e) {
            return again(id, e, request, model, locale);
        }
    }

    @GetMapping("/{id}/report")
    void report(@PathVariable UUID id, @RequestParam(defaultValue = "xlsx") String format, Locale locale,
            HttpServletResponse response) throws IOException {
        SpreadsheetFormat chosen = SpreadsheetFormat.of(format);
        ImportView found = imports.reportable(id);
        ReportWording words = new ReportWording(messages, locale);
        SpreadsheetDownloads.send(response, chosen, found.reference() + " " + found.fileName(),
                sheet -> imports.report(id, sheet, words));
    }

    private String act(UUID id, Runnable action, HttpServletRequest request, Model model, Locale locale) {
        try {
            action.run();
            return "redirect:/imports/" + id;
        } catch (InvalidInputException e) {
            return again(id, e, request, model, locale);
        }
    }

    /** The import's page again, with the problems of what was asked. */
    private String again(UUID id, InvalidInputException e, HttpServletRequest request, Model model, Locale locale) {
        detailModel(imports.get(id), null, 0, request, model, errors(e, locale));
        return "imports/detail";
    }

    private Map<String, List<String>> errors(InvalidInputException e, Locale locale) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        e.problems().forEach(problem -> errors.computeIfAbsent(problem.field(), f -> new ArrayList<>())
                .add(messages.getMessage(problem.messageKey(), problem.argumentArray(), problem.messageKey(),
                        locale)));
        return errors;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
