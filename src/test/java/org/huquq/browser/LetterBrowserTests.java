package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A clerk's day with a letter in a real browser: register an outgoing letter to an institution, see its reply-by
 * date, draft the follow-up the overdue letter offers, record the answer, and read it in the institution's
 * scorecard; and the administrator's reply-rule pages.
 */
class LetterBrowserTests extends BrowserTest {

    @Test
    void registersALetterSeesItOverdueDraftsAFollowUpRecordsTheAnswerAndReadsTheScorecard() {
        String marker = "Zq" + Long.toString(System.nanoTime(), 36);
        signInAsOfficeHead();
        // the language is remembered per user, and other tests sign the administrator in Tajik
        driver().findElement(By.id("lang-en")).click();
        waitUntil(By.cssSelector("html[lang='en']"));

        open("/institutions/new");
        new Select(driver().findElement(By.id("kind"))).selectByValue("OMBUDSMAN");
        new Select(driver().findElement(By.id("countryCode"))).selectByValue("RU");
        driver().findElement(By.id("nameEn")).sendKeys("Commissioner " + marker);
        driver().findElement(By.id("save")).click();
        waitUntil(By.id("institution-reference"));
        String institution = driver().findElement(By.id("institution-reference")).getText();

        open("/letters/new?direction=OUTGOING");
        // the record picker: the institution's name typed in part, its suggestion chosen (htmx and huquq.js)
        driver().findElement(By.id("counterpartQuery")).sendKeys("Commissioner " + marker);
        waitUntil(By.cssSelector("#counterpartId-suggestions .picker-option"));
        driver().findElement(By.cssSelector("#counterpartId-suggestions .picker-option")).click();
        assertThat(driver().findElement(By.cssSelector("#counterpartId-picker .picker-chosen")).getText())
                .contains("Commissioner " + marker).contains(institution);
        driver().findElement(By.id("subject")).sendKeys("Дар бораи ҳуқуқҳои муҳоҷирон ғӯқҷ " + marker);
        WebElement language = driver().findElement(By.id("language"));
        language.clear();
        language.sendKeys("tg");
        new Select(driver().findElement(By.id("channel"))).selectByValue("EMAIL");
        date("registeredOn", "2024-10-02");
        date("signedOn", "2024-10-02");
        date("sentOn", "2024-10-03");
        new Select(driver().findElement(By.id("replyRule"))).selectByValue("RU-59-FZ");
        driver().findElement(By.id("save")).click();

        waitUntil(By.id("letter-reference"));
        assertThat(driver().findElement(By.id("letter-reference")).getText()).startsWith("OUT-2024-");
        assertThat(driver().findElement(By.id("letter-subject")).getText()).contains("ғӯқҷ " + marker);
        assertThat(driver().findElement(By.id("reply-by")).getText()).isEqualTo("2024-11-11");
        assertThat(driver().findElement(By.id("reply-state")).getText()).isEqualTo("Long overdue");
        String letterUrl = driver().getCurrentUrl();

        driver().findElement(By.id("draft-follow-up")).click();
        waitUntil(By.id("draft-notice"));
        assertThat(driver().findElement(By.id("subject")).getAttribute("value")).startsWith("Такроран: ");
        assertThat(driver().findElement(By.id("body")).getAttribute("value")).contains("Диққати Шуморо");

        driver().get(letterUrl);
        new Select(driver().findElement(By.id("kind"))).selectByValue("ANSWERED");
        date("on", "2024-11-01");
        driver().findElement(By.id("record-outcome")).click();
        assertThat(waitForText(By.id("reply-state"), "Answered")).isEqualTo("Answered");

        driver().findElement(By.id("letter-counterpart")).click();
        driver().findElement(By.id("scorecard-link")).click();
        waitUntil(By.id("scorecard"));
        assertThat(driver().findElement(By.id("sc-sent")).getText()).isEqualTo("1");
        assertThat(driver().findElement(By.id("sc-answered")).getText()).isEqualTo("1");
        assertThat(driver().findElement(By.id("sc-overdue")).getText()).isEqualTo("0");
    }

    @Test
    void theAdministratorReadsTheReplyRulesAndOpensOne() {
        signInAsOfficeHead();
        open("/admin/reply-rules");
        assertThat(waitForText(By.id("rules"), "RU-59-FZ")).contains("RU-1-FKZ").contains("TJ-APPEALS");
        driver().findElement(By.cssSelector("#rule-RU-59-FZ a")).click();
        waitUntil(By.id("rule-form"));
        assertThat(driver().findElement(By.id("answerDays")).getAttribute("value")).isEqualTo("30");
    }

    /** Sets a date field as the browser's date picker would, whatever the browser's own date format. */
    private void date(String id, String isoDate) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].value = arguments[1]",
                driver().findElement(By.id(id)), isoDate);
    }
}
