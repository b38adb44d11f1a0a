package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The foundation's promise in a real browser: sign in, work in Tajik, register a place, find it again. */
class PlaceBrowserTests extends BrowserTest {

    @Test
    void registersAPlaceInTajikAndFindsItBySearch() {
        String marker = "Ҳ" + UUID.randomUUID().toString().substring(0, 6);
        String name = "Тавқифгоҳи ғӯқҷ " + marker;
        signInAsOfficeHead();
        driver().findElement(By.id("lang-tg")).click();
        waitUntil(By.cssSelector("html[lang='tg']"));

        open("/places/new");
        driver().findElement(By.id("nameTg")).sendKeys(name);
        driver().findElement(By.id("code")).sendKeys("ТВ " + marker);
        new Select(driver().findElement(By.id("type"))).selectByValue("PRE_TRIAL_DETENTION");
        new Select(driver().findElement(By.id("authority"))).selectByValue("MINISTRY_OF_JUSTICE");
        new Select(driver().findElement(By.id("countryCode"))).selectByValue("TJ");
        driver().findElement(By.id("save")).click();

        waitUntil(By.id("place-name"));
        assertThat(driver().findElement(By.id("place-name")).getText()).isEqualTo(name);
        assertThat(driver().getPageSource()).contains("Тавқифгоҳи тафтишотӣ (СИЗО)");

        open("/places");
        driver().findElement(By.id("q")).sendKeys(marker);
        driver().findElement(By.id("search")).click();
        assertThat(waitForText(By.id("places"), name)).contains(name);
    }
}
