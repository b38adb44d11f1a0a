package org.huquq.correspondence.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.huquq.correspondence.LetterReminders;
import org.huquq.correspondence.ReminderView;
import org.huquq.counterparts.CounterpartManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The signed-in user's reminders of overdue letters. */
@Controller
class ReminderController {

    private final LetterReminders reminders;
    private final CounterpartManagement counterparts;

    ReminderController(LetterReminders reminders, CounterpartManagement counterparts) {
        this.reminders = reminders;
        this.counterparts = counterparts;
    }

    @GetMapping("/reminders")
    String list(Model model) {
        List<ReminderView> mine = reminders.mine();
        Set<UUID> ids = new HashSet<>();
        mine.forEach(reminder -> ids.add(reminder.counterpartId()));
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
