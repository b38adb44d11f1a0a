package org.huquq.digest.web;

import java.time.Clock;
import java.time.LocalDate;

import org.huquq.digest.OfficeDigests;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's daily digest as a page: what the e-mail says, also where no e-mail is sent. */
@Controller
class DigestController {

    private final OfficeDigests digests;
    private final Clock clock;

    DigestController(OfficeDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @GetMapping("/digest")
    String digest(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            Model model) {
        model.addAttribute("digest", digests.mine(on == null ? LocalDate.now(clock) : on,
                LocaleContextHolder.getLocale().getLanguage()));
        return "digest/digest";
    }
}
