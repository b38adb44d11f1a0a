package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.time.Duration;

import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keyset pager in a real browser: "Next page" swaps in the next rows with htmx (the page around them stays, and
 * the address says where the reader is, for the back button and a bookmark), and "First page" goes back.
 */
class ListPagingBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    PlaceManagement places;

    @Test
    void nextPageSwapsInTheFollowingPlacesAndFirstPageReturns() {
        String marker = CounterpartMother.marker();
        HuquqUser clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        for (int i = 10; i < 37; i++) {
            String name = "Colony " + i + " " + marker;
            as(clerk, () -> places.create(PlaceMother.colony().named(name, null, null).build()));
        }
        signIn(clerk.username(), TestUsers.PASSWORD);
        open("/places");
        assertThat(driver().findElement(By.id("places")).getText()).contains("Colony 10 " + marker)
                .doesNotContain("Colony 35 " + marker);
        ((JavascriptExecutor) driver()).executeScript("window.stillTheSamePage = true");

        driver().findElement(By.cssSelector("#results a.next")).click();
        assertThat(waitForText(By.id("places"), "Colony 36 " + marker)).contains("Colony 35 " + marker)
                .doesNotContain("Colony 10 " + marker);
        new WebDriverWait(driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("after="));
        assertThat(((JavascriptExecutor) driver()).executeScript("return window.stillTheSamePage")).isEqualTo(true);
        assertThat(driver().findElements(By.cssSelector("#results a.next"))).isEmpty();

        driver().findElement(By.cssSelector("#results a.first")).click();
        assertThat(waitForText(By.id("places"), "Colony 10 " + marker)).doesNotContain("Colony 36 " + marker);
        assertThat(driver().findElement(By.id("places-filters")).isDisplayed()).isTrue();
    }
}
