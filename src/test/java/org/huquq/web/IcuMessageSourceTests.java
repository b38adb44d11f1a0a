package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Messages are formatted by ICU: plurals by each language's rules ("1 letter", "2 letters"; Russian 1 письмо,
 * 2 письма, 5 писем), numbers and dates as each locale writes them, and Tajik month names in the form a date takes
 * ("3 октябри 2024"), which the CLDR data of Java and ICU get wrong ("03 Октябр 2024").
 */
class IcuMessageSourceTests {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale TG = Locale.forLanguageTag("tg");
    private static final char NBSP = '\u00a0';

    private final IcuMessageSource messages = IcuMessageSource.of(
            "i18n/messages,i18n/deadlines,i18n/correspondence,i18n/people,i18n/places,i18n/commitments,i18n/shared");

    @Test
    void countsTakeThePluralOfEachLanguage() {
        assertThat(letters(1, EN)).isEqualTo("1 letter");
        assertThat(letters(2, EN)).isEqualTo("2 letters");
        assertThat(letters(0, EN)).isEqualTo("0 letters");
        assertThat(letters(1, RU)).isEqualTo("1 письмо");
        assertThat(letters(2, RU)).isEqualTo("2 письма");
        assertThat(letters(5, RU)).isEqualTo("5 писем");
        assertThat(letters(11, RU)).isEqualTo("11 писем");
        assertThat(letters(21, RU)).isEqualTo("21 письмо");
        assertThat(letters(24, RU)).isEqualTo("24 письма");
        // a Tajik noun after a number stays in the singular
        assertThat(letters(1, TG)).isEqualTo("1 мактуб");
        assertThat(letters(5, TG)).isEqualTo("5 мактуб");
        assertThat(messages.getMessage("people.list.count", new Object[] { 3 }, RU)).isEqualTo("3 лица");
        assertThat(messages.getMessage("places.list.count", new Object[] { 1 }, EN)).isEqualTo("1 place");
        assertThat(messages.getMessage("commitments.list.count", new Object[] { 7 }, RU))
                .isEqualTo("7 обязательств");
    }

    @Test
    void largeCountsAreGroupedAsTheLocaleWritesNumbers() {
        Object[] thousand = { 1000L };
        assertThat(messages.getMessage("correspondence.letters.list.countAtLeast", thousand, EN))
                .isEqualTo("At least 1,000 letters");
        assertThat(messages.getMessage("correspondence.letters.list.countAtLeast", thousand, RU))
                .isEqualTo("Не менее 1" + NBSP + "000 писем");
        assertThat(messages.getMessage("correspondence.letters.list.countAtLeast", thousand, TG))
                .isEqualTo("На камтар аз 1" + NBSP + "000 мактуб");
    }

    @Test
    void decimalsTakeTheLocalesDecimalSign() {
        Object[] size = { 25.5 };
        assertThat(messages.getMessage("shared.files.error.tooLarge", size, EN)).contains("25.5 MB");
        assertThat(messages.getMessage("shared.files.error.tooLarge", size, RU)).contains("25,5");
        assertThat(messages.getMessage("shared.files.error.tooLarge", size, TG)).contains("25,5");
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        Object[] day = { LocalDate.of(2024, 10, 3) };
        assertThat(messages.getMessage("web.date", day, EN)).isEqualTo("3 October 2024");
        assertThat(messages.getMessage("web.date", day, RU)).isEqualTo("3 октября 2024");
        assertThat(messages.getMessage("web.date", day, TG)).isEqualTo("3 октябри 2024");
        assertThat(messages.getMessage("web.date", new Object[] { LocalDate.of(2025, 1, 31) }, TG))
                .isEqualTo("31 январи 2025");
    }

    @Test
    void messagesWithoutArgumentsAndApostrophesAreLeftAsWritten() {
        assertThat(messages.getMessage("web.nav.menu", null, RU)).isEqualTo("Меню");
        assertThat(messages.getMessage("deadlines.replyDeadline.step.noHolidays", new Object[] { "TJ", 2024 },
                EN)).isEqualTo("No public holidays are recorded for TJ in 2024: only weekends were taken into account.");
    }

    private String letters(int count, Locale locale) {
        return messages.getMessage("correspondence.letters.list.count", new Object[] { count }, locale);
    }
}
