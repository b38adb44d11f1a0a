package org.huquq.operations.web;

import java.nio.file.Path;
import java.util.List;

import org.huquq.operations.BackupManagement;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The backup page of administrators: make a backup of the running instance, and download the archives. */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class BackupController {

    private static final MediaType ZIP = MediaType.parseMediaType("application/zip");

    private final BackupManagement backups;

    BackupController(BackupManagement backups) {
        this.backups = backups;
    }

    @GetMapping("/admin/backup")
    String page(Model model) {
        boolean allowed = backups.mayBackUp();
        model.addAttribute("allowed", allowed);
        model.addAttribute("archives", allowed ? backups.archives() : List.of());
        model.addAttribute("embeddedDatabase", backups.embeddedDatabase());
        model.addAttribute("inProgress", backups.inProgress());
        model.addAttribute("lastFailed", backups.lastFailed());
        return "operations/backup";
    }

    @PostMapping("/admin/backup")
    String start(RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice",
                backups.start() ? "operations.backup.started" : "operations.backup.alreadyInProgress");
        return "redirect:/admin/backup";
    }

    @GetMapping("/admin/backup/{name}")
    ResponseEntity<Resource> download(@PathVariable String name) {
        Path archive = backups.download(name);
        return ResponseEntity.ok().contentType(ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(archive.getFileName().toString()).build().toString())
                .body(new FileSystemResource(archive));
    }
}
