package org.huquq.correspondence.web;

import java.util.UUID;

import org.huquq.correspondence.LetterReminders;
import org.huquq.correspondence.ReminderView;
import org.huquq.shared.web.ApiList;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's reminders of overdue letters. */
@RestController
@RequestMapping("/api/v1/reminders")
@Tag(name = "Letters")
class ReminderApiController {

    private final LetterReminders reminders;

    ReminderApiController(LetterReminders reminders) {
        this.reminders = reminders;
    }

    @GetMapping
    @Operation(summary = "My reminders", description = "Reminders that letters the caller owns became overdue or "
            + "long overdue, unread first, at most 100.")
    ApiList<ReminderView> mine() {
        return ApiList.capped(reminders.mine(), LetterReminders.MAX_LISTED);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Mark a reminder read")
    ResponseEntity<Void> markRead(@PathVariable UUID id) {
        reminders.markRead(id);
        return ResponseEntity.noContent().build();
    }
}
