package org.huquq.deadlines.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CountryCalendarRepository extends JpaRepository<CountryCalendar, String> {
}
