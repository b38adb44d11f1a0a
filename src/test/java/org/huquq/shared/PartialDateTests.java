package org.huquq.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class PartialDateTests {

    private static final long SEED = 20260317L;

    @Test
    void everyRealDayRoundTripsThroughItsText() {
        Random random = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            LocalDate day = LocalDate.ofEpochDay(random.nextInt(365 * 200) - 365 * 60);
            PartialDate date = PartialDate.of(day);
            assertThat(date.toString()).isEqualTo(day.toString());
            assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
            assertThat(date.earliestDay()).isEqualTo(day);
            assertThat(date.latestDay()).isEqualTo(day);
            assertThat(date.precision()).isEqualTo(PartialDate.Precision.DAY);
        }
    }

    @Test
    void aMonthStandsForEachOfItsDaysAndNoOther() {
        Random random = new Random(SEED + 1);
        for (int i = 0; i < 2_000; i++) {
            int year = 1900 + random.nextInt(200);
            int month = 1 + random.nextInt(12);
            PartialDate date = PartialDate.parse(String.format(Locale.ROOT, "%04d-%02d", year, month));
            YearMonth yearMonth = YearMonth.of(year, month);
            assertThat(date.month()).isEqualTo(month);
            assertThat(date.day()).isNull();
            assertThat(date.earliestDay()).isEqualTo(yearMonth.atDay(1));
            assertThat(date.latestDay()).isEqualTo(yearMonth.atEndOfMonth());
            assertThat(date.mayBe(yearMonth.atDay(1 + random.nextInt(yearMonth.lengthOfMonth())))).isTrue();
            assertThat(date.mayBe(yearMonth.atDay(1).minusDays(1))).isFalse();
            assertThat(date.mayBe(yearMonth.atEndOfMonth().plusDays(1))).isFalse();
        }
    }

    @Test
    void impossibleDaysAreRefusedAndPossibleOnesAccepted() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 5_000; i++) {
            int year = 1900 + random.nextInt(200);
            int month = 1 + random.nextInt(12);
            int day = 1 + random.nextInt(31);
            String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
            if (day <= YearMonth.of(year, month).lengthOfMonth()) {
                assertThat(PartialDate.parse(text).toLocalDate()).isEqualTo(LocalDate.of(year, month, day));
            } else {
                assertThatThrownBy(() -> PartialDate.parse(text)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("is not a day");
            }
        }
    }

    @Test
    void refusesTheThirtiethOfFebruaryAndTheThirteenthMonthWithAClearMessage() {
        assertThatThrownBy(() -> PartialDate.parse("2023-02-30"))
                .hasMessage("2023-02-30 is not a day: 2023-02 has 28 days");
        assertThatThrownBy(() -> PartialDate.parse("2023-13"))
                .hasMessage("month 13 does not exist: months run from 1 to 12");
        assertThatThrownBy(() -> PartialDate.parse("2023-00")).hasMessageContaining("month 0");
        assertThatThrownBy(() -> PartialDate.parse("23-05")).hasMessageContaining("write 2023, 2023-05 or 2023-05-17");
        assertThatThrownBy(() -> PartialDate.parse("2023-5-17")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PartialDate.parse("2024-02-29").latestDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> PartialDate.parse("2023-02-29")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearStandsForTheWholeYear() {
        PartialDate year = PartialDate.parse("2023");
        assertThat(year.precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(year.earliestDay()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(year.latestDay()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(year.month()).isNull();
        assertThatThrownBy(year::toLocalDate).hasMessageContaining("not a full date");
    }

    @Test
    void ordersByEarliestDayThenLessPreciseFirst() {
        Random random = new Random(SEED + 3);
        for (int i = 0; i < 2_000; i++) {
            PartialDate a = randomDate(random);
            PartialDate b = randomDate(random);
            assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            if (a.isCertainlyBefore(b)) {
                assertThat(a.compareTo(b)).isNegative();
                assertThat(b.isCertainlyBefore(a)).isFalse();
            }
            assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        }
        assertThat(PartialDate.parse("2023")).isLessThan(PartialDate.parse("2023-01"));
        assertThat(PartialDate.parse("2023-01")).isLessThan(PartialDate.parse("2023-01-01"));
        assertThat(PartialDate.parse("2023").isCertainlyBefore(PartialDate.parse("2023-05"))).isFalse();
        assertThat(PartialDate.parse("2022-12").isCertainlyBefore(PartialDate.parse("2023"))).isTrue();
    }

    @Test
    void serialisesToJsonAsItsText() {
        JsonMapper json = JsonMapper.builder().build();
        Random random = new Random(SEED + 4);
        for (int i = 0; i < 500; i++) {
            PartialDate date = randomDate(random);
            String written = json.writeValueAsString(date);
            assertThat(written).isEqualTo("\"" + date + "\"");
            assertThat(json.readValue(written, PartialDate.class)).isEqualTo(date);
        }
    }

    @Test
    void storesAsItsTextInTheDatabaseColumn() {
        PartialDateConverter converter = new PartialDateConverter();
        assertThat(converter.convertToDatabaseColumn(PartialDate.ofMonth(2023, 5))).isEqualTo("2023-05");
        assertThat(converter.convertToEntityAttribute("2023-05")).isEqualTo(PartialDate.ofMonth(2023, 5));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @Test
    void displaysInTheReadersLanguage() {
        assertThat(PartialDate.parse("2023").format(Locale.ENGLISH)).isEqualTo("2023");
        assertThat(PartialDate.parse("2023-05").format(Locale.ENGLISH)).isEqualTo("May 2023");
        assertThat(PartialDate.parse("2023-05").format(new Locale("ru"))).isEqualTo("май 2023");
        assertThat(PartialDate.parse("2023-05").format(new Locale("tg"))).isEqualTo("Май 2023");
        assertThat(PartialDate.parse("2023-05-17").format(Locale.ENGLISH)).isEqualTo("May 17, 2023");
        assertThat(PartialDate.parse("2023-05-17").format(new Locale("ru"))).isEqualTo("17 мая 2023 г.");
    }

    private static PartialDate randomDate(Random random) {
        int year = 1990 + random.nextInt(40);
        int month = 1 + random.nextInt(12);
        return switch (random.nextInt(3)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofMonth(year, month);
            default -> PartialDate.ofDay(year, month, 1 + random.nextInt(YearMonth.of(year, month).lengthOfMonth()));
        };
    }
}
