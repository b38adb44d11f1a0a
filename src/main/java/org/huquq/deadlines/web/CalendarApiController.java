package org.huquq.deadlines.web;

import java.net.URI;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.huquq.deadlines.CalendarDay;
import org.huquq.deadlines.DuplicateCalendarDayException;
import org.huquq.deadlines.WorkingCalendar;
import org.huquq.shared.InvalidInputException;
import org.huquq.shared.NotFoundException;
import org.huquq.shared.web.ApiList;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A country's working-day calendar as the caller's institution has it: weekend, holidays and transferred days, each
 * shared by every institution or the institution's own; administrators add and remove days for their institution only.
 */
@RestController
@Tag(name = "Calendars", description = "Working-day calendars by country")
@RequestMapping("/api/v1/calendars/{country}")
class CalendarApiController {

    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record CalendarResponse(String country, int year, Set<DayOfWeek> weekendDays, List<CalendarDay> days) {
    }

    @GetMapping
    CalendarResponse get(@PathVariable String country, @RequestParam(required = false) Integer year) {
        int shown = year == null ? LocalDate.now(Clock.systemUTC()).getYear() : year;
        return new CalendarResponse(country, shown, calendar.weekendDays(country), calendar.days(country, shown));
    }

    @GetMapping("/holidays")
    ApiList<CalendarDay> days(@PathVariable String country, @RequestParam int year) {
        return ApiList.all(calendar.days(country, year));
    }

    @GetMapping("/holidays/{date}")
    CalendarDay day(@PathVariable String country,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return calendar.days(country, date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst()
                .orElseThrow(() -> new NotFoundException("calendar day", country + " " + date));
    }

    @PostMapping("/holidays")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CalendarDay> add(@PathVariable String country, @Valid @RequestBody AddCalendarDayForm body) {
        try {
            CalendarDay day = calendar.addDay(country, body.toCommand());
            return ResponseEntity.created(URI.create("/api/v1/calendars/" + country + "/holidays/" + day.date()))
                    .body(day);
        } catch (DuplicateCalendarDayException e) {
            throw new InvalidInputException("date", "deadlines.calendar.form.duplicate");
        }
    }

    @DeleteMapping("/holidays/{date}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a day from the institution's calendar", description = "Administrators only. A day "
            + "of the institution's own is deleted; a shared day is removed for this institution only, and can be "
            + "restored. 404 when the calendar has no entry on the date.")
    void remove(@PathVariable String country,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        calendar.removeDay(country, date);
    }

    @PostMapping("/holidays/{date}/restoration")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Operation(summary = "Restore a shared day the institution removed", description = "Administrators only. 404 "
            + "when the institution has not removed a shared day on the date.")
    CalendarDay restore(@PathVariable String country,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return calendar.restoreDay(country, date);
    }
}
