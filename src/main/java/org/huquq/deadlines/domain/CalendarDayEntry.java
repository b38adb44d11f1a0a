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

/**
 * A dated exception to a country's working week: a public holiday or a day off moved onto a working day. Shared by
 * every institution (no institution: shipped by the migrations, read-only in the application), or an institution's
 * own: a day only it keeps, or, {@link #isWithdrawn() withdrawn}, the shared day of the same date taken out of its
 * calendar.
 */
@Entity
@Table(name = "calendar_day")
public class CalendarDayEntry {

    @Id
    private UUID id;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    /** The institution whose day this is; null for a shared day. */
    @Column(name = "institution_id", updatable = false)
    private UUID institutionId;

    @Column(nullable = false)
    private boolean withdrawn;

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

    /** An institution's own day. */
    public CalendarDayEntry(UUID institutionId, String countryCode, LocalDate date, CalendarDayKind kind,
            String nameEn, String nameRu, String nameTg) {
        this.id = Ids.next();
        this.institutionId = institutionId;
        this.countryCode = countryCode;
        this.date = date;
        this.createdAt = Instant.now();
        restate(kind, nameEn, nameRu, nameTg);
    }

    /** An institution's row that takes this shared day out of its calendar. */
    public CalendarDayEntry withdrawnFor(UUID institution) {
        CalendarDayEntry withdrawal = new CalendarDayEntry(institution, countryCode, date, kind, nameEn, nameRu,
                nameTg);
        withdrawal.withdrawn = true;
        return withdrawal;
    }

    /** The institution keeps a day of its own on this date after all: this kind, with these names. */
    public void restate(CalendarDayKind kind, String nameEn, String nameRu, String nameTg) {
        this.kind = kind;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.nameTg = nameTg;
        this.withdrawn = false;
    }

    /** The institution keeps no day on this date, not even the shared one. */
    public void withdraw() {
        this.withdrawn = true;
    }

    public boolean isShared() {
        return institutionId == null;
    }

    public boolean isWithdrawn() {
        return withdrawn;
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
