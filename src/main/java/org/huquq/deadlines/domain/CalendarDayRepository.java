package org.huquq.deadlines.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDayEntry, UUID> {

    List<CalendarDayEntry> findByCountryCodeAndDateBetweenOrderByDate(String countryCode, LocalDate from,
            LocalDate to);

    boolean existsByCountryCodeAndDate(String countryCode, LocalDate date);
}
