package org.huquq.deadlines.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.huquq.deadlines.CalendarDayKind;
import org.huquq.deadlines.DuplicateCalendarDayException;
import org.huquq.deadlines.WorkingCalendar;
import org.huquq.shared.Countries;
import org.huquq.shared.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administration of the institution's working-day calendar of a country: its holidays and transferred days, year by
 * year; the days it adds or removes change its own calendar only.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class CalendarController {

    /** The countries whose calendars the migrations seed; the calendars page links to them. */
    static final List<String> SEEDED_COUNTRIES = List.of("TJ", "RU");

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The calendars page: the seeded countries, and any other country by its code. */
    @GetMapping("/admin/calendars")
    String choose(@RequestParam(required = false) String country, Model model) {
        if (country == null || country.isBlank()) {
            model.addAttribute("calendarCountries", SEEDED_COUNTRIES);
            return "deadlines/calendars";
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        if (!Countries.isValid(code)) {
            throw new NotFoundException("country", country);
        }
        return "redirect:/admin/calendars/" + code;
    }

    @GetMapping("/admin/calendars/{country}")
    String show(@PathVariable String country, @RequestParam(required = false) Integer year, Locale locale,
            Model model) {
        return page(country, year == null ? LocalDate.now(Clock.systemUTC()).getYear() : year,
                new AddCalendarDayForm(), locale, model);
    }

    @PostMapping("/admin/calendars/{country}/days")
    String add(@PathVariable String country, @Valid @ModelAttribute("addDayForm") AddCalendarDayForm form,
            BindingResult errors, Locale locale, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                calendar.addDay(country, form.toCommand());
                redirect.addFlashAttribute("added", form.getDate());
                return "redirect:/admin/calendars/" + country + "?year=" + form.getDate().getYear();
            } catch (DuplicateCalendarDayException e) {
                errors.rejectValue("date", "deadlines.calendar.form.duplicate");
            }
        }
        int year = form.getDate() == null ? LocalDate.now(Clock.systemUTC()).getYear() : form.getDate().getYear();
        return page(country, year, form, locale, model);
    }

    @PostMapping("/admin/calendars/{country}/days/{date}/removal")
    String remove(@PathVariable String country,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        calendar.removeDay(country, date);
        redirect.addFlashAttribute("removed", date);
        return "redirect:/admin/calendars/" + country + "?year=" + date.getYear();
    }

    @PostMapping("/admin/calendars/{country}/days/{date}/restoration")
    String restore(@PathVariable String country,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        calendar.restoreDay(country, date);
        redirect.addFlashAttribute("restored", date);
        return "redirect:/admin/calendars/" + country + "?year=" + date.getYear();
    }

    private String page(String country, int year, AddCalendarDayForm form, Locale locale, Model model) {
        if (!Countries.isValid(country)) {
            throw new NotFoundException("country", country);
        }
        model.addAttribute("country", country);
        model.addAttribute("countryName", Countries.name(country, locale));
        model.addAttribute("weekendDays", calendar.weekendDays(country).stream().sorted()
                .map(day -> day.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.days(country, year));
        model.addAttribute("removedDays", calendar.removedDays(country, year));
        model.addAttribute("kinds", CalendarDayKind.values());
        model.addAttribute("addDayForm", form);
        return "deadlines/calendar";
    }
}
