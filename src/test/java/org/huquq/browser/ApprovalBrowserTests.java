package org.huquq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 9 in a real browser: an administrator asks for the head role for a colleague, and it takes effect only when
 * a second administrator approves it on the approvals page with their own password.
 */
class ApprovalBrowserTests extends BrowserTest {

    @Autowired
    TestUsers users;

    @Autowired
    IdentityManagement identity;

    @Test
    void aHeadIsMadeByOneAdministratorAskingAndAnotherApproving() {
        UUID office = users.institution();
        HuquqUser asker = users.user(office, Role.ADMINISTRATOR);
        HuquqUser approver = users.user(office, Role.ADMINISTRATOR);
        HuquqUser colleague = users.user(office, Role.CASE_OFFICER);

        signIn(asker.username(), TestUsers.PASSWORD);
        open("/admin/users/" + colleague.userId());
        new Select(driver().findElement(By.id("senior-role"))).selectByValue("HEAD");
        driver().findElement(By.id("senior-password")).sendKeys(TestUsers.PASSWORD);
        driver().findElement(By.id("request-senior-role")).click();
        assertThat(waitForText(By.cssSelector("p.notice"), "second")).contains("Approvals");
        assertThat(identity.findUser(office, colleague.userId()).orElseThrow().roles())
                .containsExactly(Role.CASE_OFFICER);
        signOut();

        signIn(approver.username(), TestUsers.PASSWORD);
        driver().findElement(By.id("nav-approvals")).click();
        assertThat(waitForText(By.id("approvals"), colleague.username())).contains(asker.username());
        driver().findElement(By.cssSelector("#approvals input[type=password]")).sendKeys(TestUsers.PASSWORD);
        driver().findElement(By.cssSelector("#approvals button.approve")).click();
        waitForText(By.cssSelector("p.notice"), "Approved");
        assertThat(driver().findElements(By.id("approvals"))).isEmpty();
        assertThat(identity.findUser(office, colleague.userId()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.CASE_OFFICER, Role.HEAD);
    }
}
