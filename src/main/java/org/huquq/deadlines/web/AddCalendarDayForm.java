package org.huquq.deadlines.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.huquq.deadlines.CalendarDayKind;
import org.huquq.deadlines.NewCalendarDay;
import org.springframework.format.annotation.DateTimeFormat;

/** The add-a-day form of a calendar page, and the body of {@code POST /api/v1/calendars/{country}/holidays}. */
class AddCalendarDayForm {

    @NotNull(message = "{shared.form.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;

    private CalendarDayKind kind = CalendarDayKind.HOLIDAY;

    @NotBlank(message = "{shared.form.required}")
    @Size(max = 200, message = "{shared.form.tooLong}")
    private String nameEn;

    @NotBlank(message = "{shared.form.required}")
    @Size(max = 200, message = "{shared.form.tooLong}")
    private String nameRu;

    @NotBlank(message = "{shared.form.required}")
    @Size(max = 200, message = "{shared.form.tooLong}")
    private String nameTg;

    NewCalendarDay toCommand() {
        return new NewCalendarDay(date, kind == null ? CalendarDayKind.HOLIDAY : kind, nameEn, nameRu, nameTg);
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public void setKind(CalendarDayKind kind) {
        this.kind = kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameTg() {
        return nameTg;
    }

    public void setNameTg(String nameTg) {
        this.nameTg = nameTg;
    }
}
