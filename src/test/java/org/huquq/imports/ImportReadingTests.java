package org.huquq.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.huquq.imports.domain.CellValues;
import org.huquq.imports.domain.ColumnGuesses;
import org.huquq.imports.reading.SheetReader;
import org.huquq.imports.reading.SheetRow;
import org.huquq.imports.reading.UnreadableSheetException;
import org.huquq.people.Sex;
import org.huquq.shared.PartialDate;
import org.junit.jupiter.api.Test;

/** Files as they come from consulates and counterparts, read row by row without Spring. */
class ImportReadingTests {

    private static final String TAJIK = "Ҷӯраев Ғайрат Қодирович";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void readsUtf8WithAndWithoutByteOrderMarkAndWindows1251Alike() {
        String text = "ФИО;Дата рождения\r\n" + "Бобозода Умед;07.03.1985\r\n";
        List<List<String>> expected = List.of(List.of("ФИО", "Дата рождения"), List.of("Бобозода Умед", "07.03.1985"));

        assertThat(cells(SheetReader.Format.CSV, Sheets.csv(text, StandardCharsets.UTF_8), null)).isEqualTo(expected);
        assertThat(cells(SheetReader.Format.CSV, Sheets.withBom(Sheets.csv(text, StandardCharsets.UTF_8)), null))
                .isEqualTo(expected);
        assertThat(cells(SheetReader.Format.CSV, Sheets.csv(text, Charset.forName("windows-1251")), null))
                .isEqualTo(expected);
    }

    @Test
    void keepsTajikLettersOfUtf8() {
        byte[] file = Sheets.csv("Ном\n" + TAJIK + "\n", StandardCharsets.UTF_8);

        assertThat(cells(SheetReader.Format.CSV, file, null).get(1)).containsExactly(TAJIK);
    }

    @Test
    void tellsCommaSemicolonAndTabApartAndKeepsQuotedSeparatorsQuotesAndLineBreaks() {
        String[] separators = { ",", ";", "\t" };
        for (String s : separators) {
            String text = "Name" + s + "Notes" + s + "Place\n"
                    + "\"Karimov, Alisher\"" + s + "\"said \"\"no\"\"" + s + " twice\nsecond line\"" + s + "YAS 3/1\n";
            List<List<String>> rows = cells(SheetReader.Format.CSV, Sheets.csv(text, StandardCharsets.UTF_8), null);
            assertThat(rows).as("separator %s", s.equals("\t") ? "tab" : s).hasSize(2);
            assertThat(rows.get(1)).containsExactly("Karimov, Alisher", "said \"no\"" + s + " twice\nsecond line",
                    "YAS 3/1");
        }
    }

    @Test
    void numbersRowsAsASpreadsheetShowsThemEmptyLinesIncluded() {
        byte[] file = Sheets.csv("Name\nA\n\n\"B\nstill B\"\nC\n", StandardCharsets.UTF_8);
        List<SheetRow> rows = new ArrayList<>();
        SheetReader.read(SheetReader.Format.CSV, () -> new ByteArrayInputStream(file), null, rows::add);

        assertThat(rows).extracting(SheetRow::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows.get(2).isEmpty()).isTrue();
    }

    @Test
    void readsTheFirstSheetOfAnXlsxOrTheChosenOneWithDatesAsIsoAndNumbersPlainly() {
        byte[] file = Sheets.xlsx(
                "Summary", List.of(List.of("nothing here")),
                "Рӯйхат", List.of(List.of("Ном", "Санаи таваллуд", "Шиноснома", "Serial"),
                        List.of(TAJIK, LocalDate.of(1985, 3, 7), 40123456, 31113)));

        assertThat(cells(SheetReader.Format.XLSX, file, null)).containsExactly(List.of("nothing here"));
        assertThat(cells(SheetReader.Format.XLSX, file, "Рӯйхат").get(1))
                .containsExactly(TAJIK, "1985-03-07", "40123456", "31113");
        assertThat(SheetReader.sheetNames(SheetReader.Format.XLSX, () -> new ByteArrayInputStream(file)))
                .containsExactly("Summary", "Рӯйхат");
    }

    @Test
    void refusesASheetTheWorkbookDoesNotHave() {
        byte[] file = Sheets.xlsx("Sheet1", List.of(List.of("a")));

        assertThatThrownBy(() -> cells(SheetReader.Format.XLSX, file, "Other"))
                .isInstanceOfSatisfying(UnreadableSheetException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("imports.error.noSuchSheet"));
    }

    @Test
    void readsLocalDateFormatsTwoDigitYearsAndExcelSerials() {
        assertThat(CellValues.partialDate("1985-03-07", TODAY)).isEqualTo(PartialDate.ofDay(1985, 3, 7));
        assertThat(CellValues.partialDate("07.03.1985", TODAY)).isEqualTo(PartialDate.ofDay(1985, 3, 7));
        assertThat(CellValues.partialDate("7/3/85", TODAY)).isEqualTo(PartialDate.ofDay(1985, 3, 7));
        // a two-digit year is never in the future: 07 is 2007, 27 is 1927 in 2026
        assertThat(CellValues.partialDate("5/3/07", TODAY)).isEqualTo(PartialDate.ofDay(2007, 3, 5));
        assertThat(CellValues.partialDate("5/3/27", TODAY)).isEqualTo(PartialDate.ofDay(1927, 3, 5));
        assertThat(CellValues.partialDate("31113", TODAY)).isEqualTo(PartialDate.ofDay(1985, 3, 7));
        assertThat(CellValues.partialDate("1985", TODAY)).isEqualTo(PartialDate.ofYear(1985));
        assertThat(CellValues.partialDate("03.1985", TODAY)).isEqualTo(PartialDate.ofMonth(1985, 3));
        assertThat(CellValues.partialDate("1985-03", TODAY)).isEqualTo(PartialDate.ofMonth(1985, 3));
        assertThat(CellValues.partialDate("31.02.1985", TODAY)).isNull();
        assertThat(CellValues.partialDate("soon", TODAY)).isNull();
    }

    @Test
    void readsSexAndCountriesInThreeLanguages() {
        assertThat(CellValues.sex("Ж")).isEqualTo(Sex.FEMALE);
        assertThat(CellValues.sex("мард")).isEqualTo(Sex.MALE);
        assertThat(CellValues.sex("female")).isEqualTo(Sex.FEMALE);
        assertThat(CellValues.sex("?")).isNull();
        assertThat(CellValues.countries("Таджикистан")).containsExactly("TJ");
        assertThat(CellValues.countries("Tajikistan; uz")).containsExactly("TJ", "UZ");
        assertThat(CellValues.countries("Атлантида")).isNull();
    }

    @Test
    void guessesColumnsFromHeadersInEnglishRussianAndTajik() {
        assertThat(ColumnGuesses.guess(List.of("ФИО", "Дата рождения", "Пол", "Unknown column"), ImportKind.PERSONS))
                .containsExactly(ImportField.FULL_NAME, ImportField.BIRTH_DATE, ImportField.SEX, null);
        assertThat(ColumnGuesses.guess(List.of("Насаб", "Ном", "Санаи таваллуд", "Date of birth"), ImportKind.PERSONS))
                .containsExactly(ImportField.FAMILY_NAME, ImportField.GIVEN_NAME, ImportField.BIRTH_DATE, null);
    }

    private static List<List<String>> cells(SheetReader.Format format, byte[] file, String sheet) {
        List<List<String>> rows = new ArrayList<>();
        SheetReader.read(format, () -> new ByteArrayInputStream(file), sheet, row -> rows.add(row.cells()));
        return rows;
    }
}
