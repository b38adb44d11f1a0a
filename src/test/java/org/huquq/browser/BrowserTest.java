package org.huquq.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole application on a random port, driven by a headless Chromium with a fresh
 * profile per test. Tagged {@code browser}: {@code ./mvnw verify} skips these, {@code .ci/run} runs them with
 * {@code -Dhuquq.test.groups=browser -Dhuquq.test.excludedGroups=none}.
 */
@Tag("browser")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest {

    static final String CHROMIUM = System.getProperty("huquq.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("huquq.chromedriver", "/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    private int port;

    @Autowired
    private TestUsers testUsers;

    @Autowired
    private IdentityManagement identity;

    private WebDriver driver;
    private Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("huquq-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /** The application's address, e.g. {@code http://localhost:43123}; append a path starting with "/". */
    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected WebDriver driver() {
        return driver;
    }

    /** Opens {@code path} (starting with "/") in the browser. */
    protected void open(String path) {
        driver.get(baseUrl() + path);
    }

    /** Signs in through the login form and waits until the signed-in layout (the sign-out form) is shown. */
    protected void signIn(String username, String password) {
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        waitUntil(By.cssSelector("form.logout"));
    }

    /**
     * Signs in as a new member of the Tajik demo office who is its head and an administrator, so sees and may change
     * all its demo records (the bootstrap {@code admin} is an administrator only).
     */
    protected void signInAsOfficeHead() {
        UUID office = identity.findInstitutionByCode("tj-ombudsman").orElseThrow();
        HuquqUser head = testUsers.user(office, EnumSet.of(Role.HEAD, Role.ADMINISTRATOR));
        signIn(head.username(), TestUsers.PASSWORD);
    }

    /** Signs out with the button in the header and waits for the login page. */
    protected void signOut() {
        driver.findElement(By.cssSelector("form.logout button[type=submit]")).click();
        waitUntil(By.id("sign-in"));
    }

    protected void waitUntil(By locator) {
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /**
     * Waits until the element at {@code locator} shows {@code expected} and returns its whole text. The element is
     * looked up again on every try, since a search box swaps its results (htmx) and may also reload the page, so an
     * element found a moment ago can be gone by the time its text is read.
     */
    protected String waitForText(By locator, String expected) {
        return new WebDriverWait(driver, WAIT)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    String text = d.findElement(locator).getText();
                    return text.contains(expected) ? text : null;
                });
    }
}
