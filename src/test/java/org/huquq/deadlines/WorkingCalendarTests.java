package org.huquq.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

import org.huquq.audit.AuditAction;
import org.huquq.audit.AuditLog;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.shared.NotFoundException;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WorkingCalendarTests {

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AuditLog audit;

    @Test
    void thirtyDayPeriodEndingOnASundayEndsOnTheMonday() {
        LocalDate start = LocalDate.of(2025, 3, 28);
        assertThat(start.plusDays(30).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(calendar.addCalendarDays("TJ", start, 30)).isEqualTo(LocalDate.of(2025, 4, 28));
    }

    @Test
    void periodEndingOnAWorkingDayIsNotMoved() {
        assertThat(calendar.addCalendarDays("TJ", LocalDate.of(2025, 3, 26), 30)).isEqualTo(LocalDate.of(2025, 4, 25));
    }

    @Test
    void tenWorkingDaysStepOverNavruzAndTheWeekend() {
        // 21 March 2025 (Fri) to 24 March (Mon) is Navruz; with the weekend that is four days without work
        assertThat(calendar.addWorkingDays("TJ", LocalDate.of(2025, 3, 17), 10)).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(calendar.addWorkingDays("DE", LocalDate.of(2025, 3, 17), 10)).isEqualTo(LocalDate.of(2025, 3, 31));
    }

    @Test
    void periodEndingOnRussianNewYearHolidaysMovesPastTheTransferredDayAndTheWeekend() {
        // 1-8 January are holidays, 9 January 2026 a day off transferred from 3 January, 10-11 a weekend
        assertThat(calendar.addCalendarDays("RU", LocalDate.of(2025, 12, 2), 30)).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(calendar.addCalendarDays("TJ", LocalDate.of(2025, 12, 2), 30)).isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void russianTransferredSaturdayIsAWorkingDayAndTheMovedDayOffIsNot() {
        assertThat(calendar.isWorkingDay("RU", LocalDate.of(2024, 11, 2))).isTrue();
        assertThat(calendar.isWorkingDay("RU", LocalDate.of(2024, 11, 9))).isFalse();
        assertThat(calendar.isWorkingDay("RU", LocalDate.of(2024, 4, 29))).isFalse();
        assertThat(calendar.isWorkingDay("TJ", LocalDate.of(2024, 11, 2))).isFalse();
        assertThat(calendar.nextWorkingDay("RU", LocalDate.of(2024, 11, 1))).isEqualTo(LocalDate.of(2024, 11, 2));
        assertThat(calendar.nextWorkingDay("RU", LocalDate.of(2024, 11, 2))).isEqualTo(LocalDate.of(2024, 11, 5));
    }

    @Test
    void countryWithoutCalendarRestsOnSaturdayAndSunday() {
        assertThat(calendar.weekendDays("KZ")).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(calendar.workingDayOnOrAfter("FR", LocalDate.of(2025, 5, 17))).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThatThrownBy(() -> calendar.isWorkingDay("XX", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> calendar.days("TJ", 1_000_000)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void addingWorkingDaysCountsExactlyThatManyWorkingDays() {
        Random random = new Random(20260321L);
        for (int i = 0; i < 200; i++) {
            String country = random.nextBoolean() ? "TJ" : "RU";
            LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 365 - 60));
            int n = random.nextInt(40);
            LocalDate end = calendar.addWorkingDays(country, start, n);
            int counted = 0;
            for (LocalDate day = start.plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
                if (calendar.isWorkingDay(country, day)) {
                    counted++;
                }
            }
            assertThat(counted).as("%s %s + %d", country, start, n).isEqualTo(n);
            assertThat(n == 0 || calendar.isWorkingDay(country, end)).isTrue();

            int days = random.nextInt(60);
            LocalDate deadline = calendar.addCalendarDays(country, start, days);
            assertThat(calendar.isWorkingDay(country, deadline)).isTrue();
            for (LocalDate day = start.plusDays(days); day.isBefore(deadline); day = day.plusDays(1)) {
                assertThat(calendar.isWorkingDay(country, day)).isFalse();
            }
        }
    }

    @Test
    void seedsHolidayNamesInThreeLanguages() {
        assertThat(calendar.days("TJ", 2026)).filteredOn(d -> d.date().equals(LocalDate.of(2026, 3, 21)))
                .singleElement().satisfies(navruz -> {
                    assertThat(navruz.name(java.util.Locale.ENGLISH)).isEqualTo("Navruz");
                    assertThat(navruz.nameRu()).isEqualTo("Навруз");
                    assertThat(navruz.nameTg()).isEqualTo("Иди байналмилалии Наврӯз");
                });
        assertThat(calendar.days("TJ", 2025)).hasSize(12);
    }

    @Test
    void administratorAddsAHolidayOnThePageAndItStopsBeingAWorkingDay() throws Exception {
        HuquqUser admin = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        LocalDate day = unusedWeekday();
        mvc.perform(post("/admin/calendars/KZ/days").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("date", day.toString()).param("kind", "HOLIDAY").param("nameEn", "Test holiday")
                        .param("nameRu", "Тестовый праздник").param("nameTg", "Иди санҷишӣ"))
                .andExpect(redirectedUrl("/admin/calendars/KZ?year=" + day.getYear()));
        assertThat(TestUsers.as(admin, () -> calendar.isWorkingDay("KZ", day))).isFalse();
        assertThat(audit.latest(admin.institutionId(), 0, 5)).anyMatch(e -> e.action() == AuditAction.CREATE
                && "CalendarDay".equals(e.objectType()) && e.actor().equals(admin.username()));

        mvc.perform(get("/admin/calendars/KZ").param("year", String.valueOf(day.getYear()))
                        .with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Test holiday")));

        mvc.perform(post("/admin/calendars/KZ/days").with(csrf()).with(authentication(TestUsers.signedIn(admin)))
                        .param("date", day.toString()).param("kind", "HOLIDAY").param("nameEn", "Again")
                        .param("nameRu", "Снова").param("nameTg", "Боз"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "The calendar already has an entry on this date.")));
        assertThat(TestUsers.as(admin, () -> calendar.days("KZ", day.getYear()))).filteredOn(d -> d.date().equals(day))
                .singleElement().extracting(CalendarDay::nameEn).isEqualTo("Test holiday");
    }

    @Test
    void nonAdministratorReadsTheCalendarThroughTheApiButMayNotChangeIt() throws Exception {
        HuquqUser officer = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        mvc.perform(get("/admin/calendars/TJ").with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/calendars/TJ/holidays").param("year", "2026")
                        .with(authentication(TestUsers.signedIn(officer))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].date").value("2026-01-01"));
        mvc.perform(post("/api/v1/calendars/KZ/holidays").with(authentication(TestUsers.signedIn(officer)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + unusedWeekday() + "\",\"kind\":\"HOLIDAY\",\"nameEn\":\"x\","
                                + "\"nameRu\":\"x\",\"nameTg\":\"x\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiAddsAHolidayWith201AndRejectsBadInputAsProblemJson() throws Exception {
        HuquqUser admin = testUsers.user(testUsers.institution(), Role.ADMINISTRATOR);
        LocalDate day = unusedWeekday();
        mvc.perform(post("/api/v1/calendars/KZ/holidays").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"kind\":\"HOLIDAY\",\"nameEn\":\"Api holiday\","
                                + "\"nameRu\":\"Праздник\",\"nameTg\":\"Ид\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/calendars/KZ/holidays/" + day));
        mvc.perform(get("/api/v1/calendars/KZ/holidays/" + day).with(authentication(TestUsers.signedIn(admin))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nameTg").value("Ид"));

        mvc.perform(post("/api/v1/calendars/KZ/holidays").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"" + day + "\",\"kind\":\"HOLIDAY\",\"nameEn\":\"Twice\","
                                + "\"nameRu\":\"Дважды\",\"nameTg\":\"Ду бор\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        mvc.perform(post("/api/v1/calendars/KZ/holidays").with(authentication(TestUsers.signedIn(admin)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOLIDAY\",\"nameEn\":\"\",\"nameRu\":\"x\",\"nameTg\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[?(@.field == 'date')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'nameEn')]").exists());
    }

    /** A weekday far in the future, so that runs sharing one database (PostgreSQL in CI) do not collide. */
    private LocalDate unusedWeekday() {
        LocalDate day;
        do {
            day = LocalDate.of(2100, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(99 * 365));
        } while (!calendar.isWorkingDay("KZ", day));
        return day;
    }
}
