package org.huquq.correspondence.web;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterReminders;
import org.huquq.correspondence.LetterSummary;
import org.huquq.correspondence.ReminderView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.identity.CurrentUser;
import org.huquq.identity.Role;
import org.huquq.shared.KeysetPage;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The signed-in user's reminders of overdue letters; for a head of office also the office's overdue work, both ways,
 * longest overdue first.
 */
@Controller
class ReminderController {

    /** The office's overdue letters shown to a head; the rest is on the overdue list. */
    private static final int OFFICE_OVERDUE_SHOWN = 10;

    private final LetterReminders reminders;
    private final CounterpartManagement counterparts;
    private final LetterManagement letters;

    ReminderController(LetterReminders reminders, CounterpartManagement counterparts, LetterManagement letters) {
        this.reminders = reminders;
        this.counterparts = counterparts;
        this.letters = letters;
    }

    @GetMapping("/reminders")
    String list(Model model) {
        List<ReminderView> mine = reminders.mine();
        Set<UUID> ids = new HashSet<>();
        mine.forEach(reminder -> ids.add(reminder.counterpartId()));
        if (CurrentUser.require().hasRole(Role.HEAD)) {
            KeysetPage<LetterSummary> office = letters.overdue(LocalDate.now(), null, null, null, null,
                    OFFICE_OVERDUE_SHOWN);
            office.items().forEach(letter -> ids.add(letter.counterpartId()));
            model.addAttribute("result", office);
        }
        model.addAttribute("reminders", mine);
        model.addAttribute("counterparts", counterparts.byIds(ids));
        return "correspondence/reminders";
    }

    @PostMapping("/reminders/{id}/read")
    String markRead(@PathVariable UUID id) {
        reminders.markRead(id);
        return "redirect:/reminders";
    }
}
