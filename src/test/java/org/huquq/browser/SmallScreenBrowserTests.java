package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A monitor on a telephone, 375 pixels wide: no page scrolls sideways (wide tables scroll inside their own box),
 * and the menu is folded away behind a button that opens it, without JavaScript's help.
 */
class SmallScreenBrowserTests extends BrowserTest {

    private static final int PHONE_WIDTH = 375;

    @Test
    void noMainPageScrollsSidewaysOnAPhoneInAnyLanguage() {
        signInAsOfficeHead();
        phone();
        List<String> pages = new ArrayList<>(List.of("/", "/persons", "/places", "/letters", "/letters/overdue",
                "/institutions", "/communications", "/commitments", "/persons/new", "/places/new",
                "/letters/new?direction=OUTGOING", "/communications/new", "/commitments/new", "/institutions/new",
                "/detentions", "/detentions/new", "/detainee-requests", "/detainee-requests/new"));
        open("/letters");
        pages.add(path(driver().findElement(By.cssSelector("#letters tbody a")).getDomAttribute("href")));

        List<String> overflowing = new ArrayList<>();
        for (String language : List.of("en", "ru", "tg")) {
            open("/");
            WebElement button = driver().findElement(By.id("lang-" + language));
            if (!button.isDisplayed()) {
                driver().findElement(By.cssSelector("label[for=menu-toggle]")).click();
            }
            button.click();
            waitUntil(By.cssSelector("html[lang='" + language + "']"));
            for (String page : pages) {
                open(page);
                waitUntil(By.id("main"));
                long scrollWidth = number("return document.documentElement.scrollWidth");
                long innerWidth = number("return window.innerWidth");
                if (scrollWidth > innerWidth) {
                    overflowing.add(language + " " + page + ": " + scrollWidth + " px in " + innerWidth);
                }
            }
        }
        assertThat(number("return window.innerWidth")).isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(overflowing).isEmpty();
    }

    @Test
    void theMenuIsFoldedOnAPhoneAndOpensWithItsButton() {
        signInAsOfficeHead();
        phone();
        open("/letters");
        WebElement persons = driver().findElement(By.cssSelector("nav.main-nav a[href='/persons']"));
        assertThat(persons.isDisplayed()).isFalse();

        driver().findElement(By.cssSelector("label[for=menu-toggle]")).click();
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.visibilityOf(persons));
        persons.click();
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.urlToBe(baseUrl() + "/persons"));
        assertThat(driver().findElement(By.cssSelector("nav.main-nav a[href='/places']")).isDisplayed()).isFalse();
    }

    @Test
    void theMenuIsOpenOnAWideScreen() {
        signInAsOfficeHead();
        open("/letters");
        assertThat(driver().findElement(By.cssSelector("nav.main-nav a[href='/persons']")).isDisplayed()).isTrue();
        assertThat(driver().findElement(By.cssSelector("label[for=menu-toggle]")).isDisplayed()).isFalse();
    }

    private void phone() {
        driver().manage().window().setSize(new Dimension(PHONE_WIDTH, 812));
        // the window's outer size includes no frame in headless Chromium, so the page gets the full width
        new WebDriverWait(driver(), WAIT).until(d -> number("return window.innerWidth") <= PHONE_WIDTH);
    }

    private long number(String script) {
        return ((Number) ((JavascriptExecutor) driver()).executeScript(script)).longValue();
    }

    private static String path(String href) {
        return href.replaceFirst("^https?://[^/]+", "");
    }
}
