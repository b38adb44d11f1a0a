package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

/**
 * The header search box in Tajik: a person registered in Tajik letters is found from any page by the Latin spelling
 * of the name, under the Tajik heading of their kind, and their page lists what concerns them.
 */
class SearchBrowserTests extends BrowserTest {

    @Test
    void theHeaderSearchFindsAPersonByTheLatinSpellingInTajik() {
        String given = "Фирӯз" + "бвгдзклмн".charAt((int) (System.nanoTime() % 9));
        signInAsOfficeHead();
        driver().findElement(By.id("lang-tg")).click();
        waitUntil(By.cssSelector("html[lang='tg']"));

        open("/persons/new");
        driver().findElement(By.id("family")).sendKeys("Ҷӯраев");
        driver().findElement(By.id("given")).sendKeys(given);
        new Select(driver().findElement(By.id("sex"))).selectByValue("MALE");
        new Select(driver().findElement(By.id("confidentiality"))).selectByValue("INTERNAL");
        driver().findElement(By.id("save")).click();
        waitUntil(By.id("person-name"));

        open("/places");
        driver().findElement(By.id("header-q")).sendKeys("Juraev", Keys.ENTER);
        waitUntil(By.id("found-persons"));
        assertThat(driver().findElement(By.cssSelector("#found-persons h2")).getText()).isEqualTo("Шахсон");
        assertThat(waitForText(By.id("found-persons"), "Ҷӯраев " + given)).contains("Ҷӯраев " + given);

        driver().findElement(By.linkText("Ҷӯраев " + given)).click();
        waitUntil(By.id("person-name"));
        assertThat(driver().findElement(By.cssSelector("#letters h2")).getText()).isEqualTo("Мактубҳо");
    }
}
