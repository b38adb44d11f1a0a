package org.huquq.deadlines.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.huquq.deadlines.CalendarDayKind;
import org.huquq.shared.Ids;

/** A dated exception to a country's working week: a public holiday or a day off moved onto a working day. */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntry {

    @Id
    private UUID id;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CalendarDayKind kind;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_ru", nullable = false, length = 200)
    private String nameRu;

    @Column(name = "name_tg", nullable = false, length = 200)
    private String nameTg;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected CalendarDayEntry() {
    }

    public CalendarDayEntry(String countryCode, LocalDate date, CalendarDayKind kind, String nameEn, String nameRu,
            String nameTg) {
        this.id = Ids.next();
        this.countryCode = countryCode;
        this.date = date;
        this.kind = kind;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.nameTg = nameTg;
        this.createdAt = Instant.now();
    }

    public UUID getId() {
        return id;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameRu() {
        return nameRu;
    }

    public String getNameTg() {
        return nameTg;
    }
}
