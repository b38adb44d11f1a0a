package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** A person registered in Tajik letters is found by the Russian spelling of the name, in a real browser. */
class PersonBrowserTests extends BrowserTest {

    @Test
    void registersAPersonInTajikAndFindsThemByTheRussianSpelling() {
        String given = "Ҷамшед" + "бвгдзклмн".charAt((int) (System.nanoTime() % 9));
        signInAsOfficeHead();
        driver().findElement(By.id("lang-tg")).click();
        waitUntil(By.cssSelector("html[lang='tg']"));

        open("/persons/new");
        driver().findElement(By.id("family")).sendKeys("Ҳасанзода");
        driver().findElement(By.id("given")).sendKeys(given);
        new Select(driver().findElement(By.id("sex"))).selectByValue("MALE");
        driver().findElement(By.id("birthDate")).sendKeys("1988-07");
        new Select(driver().findElement(By.id("confidentiality"))).selectByValue("INTERNAL");
        driver().findElement(By.id("save")).click();

        waitUntil(By.id("person-name"));
        assertThat(driver().findElement(By.id("person-name")).getText()).isEqualTo("Ҳасанзода " + given);

        open("/persons");
        String russian = "Хасанзаде " + given.replace("Ҷ", "Дж");
        driver().findElement(By.id("name")).sendKeys(russian);
        driver().findElement(By.id("search")).click();
        assertThat(waitForText(By.id("persons"), "Ҳасанзода " + given)).contains("Ҳасанзода " + given);
    }
}
