package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class SignInBrowserTests extends BrowserTest {

    // src/test/resources/config/application.yml
    static final String ADMIN_PASSWORD = "test-admin-password-1";

    @Test
    void adminSignsInSwitchesToTajikAndSignsOut() {
        signIn("admin", ADMIN_PASSWORD);
        assertThat(driver().getCurrentUrl()).isEqualTo(baseUrl() + "/");

        driver().findElement(By.id("lang-en")).click();
        waitForNav("Places");

        driver().findElement(By.id("lang-tg")).click();
        waitForNav("Ҷойҳо");
        assertThat(driver().findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("tg");
        assertThat(driver().findElement(By.id("lang-tg")).getDomAttribute("aria-pressed")).isEqualTo("true");

        signOut();
        assertThat(driver().getCurrentUrl()).endsWith("/login?logout");
        assertThat(driver().findElements(By.cssSelector("form.logout"))).isEmpty();
    }

    private void waitForNav(String placesLinkText) {
        new WebDriverWait(driver(), WAIT).until(ExpectedConditions.textToBe(
                By.cssSelector("nav.main-nav a[href='/places']"), placesLinkText));
    }
}
