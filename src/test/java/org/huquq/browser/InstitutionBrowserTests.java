package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** Issue 4 in a real browser: register a counterpart institution in Tajik, find it by its name in Latin letters. */
class InstitutionBrowserTests extends BrowserTest {

    @Test
    void registersAnInstitutionInTajikAndFindsItInLatin() {
        // a made-up word whose Latin spelling is plain: consonant-vowel pairs
        String consonants = "бдклмнпрст";
        String latinConsonants = "bdklmnprst";
        String vowels = "аоуи";
        String latinVowels = "aoui";
        Random random = new Random();
        StringBuilder cyrillic = new StringBuilder();
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            int c = random.nextInt(consonants.length());
            int v = random.nextInt(vowels.length());
            cyrillic.append(consonants.charAt(c)).append(vowels.charAt(v));
            latin.append(latinConsonants.charAt(c)).append(latinVowels.charAt(v));
        }
        String name = "Вазорати ғӯқҷ " + cyrillic;
        signInAsOfficeHead();
        driver().findElement(By.id("lang-tg")).click();
        waitUntil(By.cssSelector("html[lang='tg']"));

        open("/institutions/new");
        new Select(driver().findElement(By.id("kind"))).selectByValue("MINISTRY");
        new Select(driver().findElement(By.id("countryCode"))).selectByValue("TJ");
        driver().findElement(By.id("nameTg")).sendKeys(name);
        driver().findElement(By.id("save")).click();

        waitUntil(By.id("institution-name"));
        assertThat(driver().findElement(By.id("institution-name")).getText()).isEqualTo(name);
        assertThat(driver().findElement(By.id("institution-reference")).getText()).startsWith("INST-");

        open("/institutions");
        driver().findElement(By.id("q")).sendKeys(latin.toString());
        driver().findElement(By.id("search")).click();
        assertThat(waitForText(By.id("institutions"), name)).contains(name);
    }
}
