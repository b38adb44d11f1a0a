package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small XLSX with Tajik names is uploaded, checked and imported through the pages in a real browser (htmx follows
 * the background until the page shows the outcome), and the people are then found by name.
 */
class ImportBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Test
    void importsAnXlsxWithTajikNamesAndFindsThePeople() throws IOException {
        HuquqUser officer = users.user(users.institution(), Role.CASE_OFFICER);
        Path file = Files.createTempFile("рӯйхат-", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Рӯйхат");
            String[][] rows = { { "Насаб", "Ном", "Санаи таваллуд", "Ҷинс" },
                    { "Ҳасанзода", "Ғуломҷон", "12.05.1990", "мард" },
                    { "Қурбонова", "Зуҳро", "1994", "зан" } };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        try {
            signIn(officer.username(), TestUsers.PASSWORD);
            driver().findElement(By.id("lang-tg")).click();
            waitUntil(By.cssSelector("html[lang='tg']"));

            open("/imports/new");
            driver().findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            driver().findElement(By.id("upload")).click();
            waitUntil(By.id("mapping-form"));
            driver().findElement(By.id("check")).click();

            // htmx polls the status while the rows are checked, and reloads the page once they are
            waitForStatus("Санҷида шуд");
            assertThat(driver().findElement(By.id("count-new")).getText()).isEqualTo("2");
            driver().findElement(By.id("run")).click();
            waitForStatus("Ворид шуд");

            open("/persons");
            driver().findElement(By.id("name")).sendKeys("Ҳасанзода Ғуломҷон");
            driver().findElement(By.id("search")).click();
            assertThat(waitForText(By.id("persons"), "Ҳасанзода Ғуломҷон")).contains("Ҳасанзода Ғуломҷон");
            open("/persons?name=" + java.net.URLEncoder.encode("Курбонова Зухро", java.nio.charset.StandardCharsets.UTF_8));
            assertThat(waitForText(By.id("persons"), "Қурбонова Зуҳро")).contains("Қурбонова Зуҳро");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void waitForStatus(String status) {
        new WebDriverWait(driver(), Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id("status-badge")).getText().equals(status));
    }
}
