package org.huquq.deadlines.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CalendarDayRepository extends JpaRepository<CalendarDayEntry, UUID> {

    /**
     * The shared days of a country from {@code from} to {@code to} and the institution's own rows there (none when
     * {@code institutionId} is null), by date.
     */
    @Query("""
            select d from CalendarDayEntry d
            where d.countryCode = :countryCode and d.date between :from and :to
              and (d.institutionId is null or d.institutionId = :institutionId)
            order by d.date
            """)
    List<CalendarDayEntry> findVisible(String countryCode, LocalDate from, LocalDate to, UUID institutionId);
}
