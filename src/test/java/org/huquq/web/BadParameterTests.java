package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A value in the address that is not what the page expects (a date that is no date, a page number that is no
 * number, a record id that is no id), over real HTTP as a browser and an integration meet it: a page in the
 * user's language that names the parameter, and problem+json from the API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadParameterTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    HuquqUser clerk;
    HttpClient browser;

    @BeforeEach
    void signIn() throws Exception {
        clerk = users.user(users.institution(), Role.REGISTRY_CLERK);
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(page("/login").body());
        HttpResponse<String> signedIn = post("/login", "username=" + clerk.username() + "&password="
                + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
    }

    @Test
    void aDateThatIsNoDateIsAnErrorPageInRussianNamingTheParameter() throws Exception {
        language("ru");
        HttpResponse<String> response = page("/letters?from=notadate");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body())
                .contains("<html lang=\"ru\"")
                .contains("Неверный адрес")
                .contains("«from»")
                .contains("notadate")
                .contains("ГГГГ-ММ-ДД")
                .contains("class=\"main-nav\"");
    }

    @Test
    void aPageNumberThatIsNoNumberIsAnErrorPageInTajik() throws Exception {
        language("tg");
        HttpResponse<String> response = page("/persons?page=abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<html lang=\"tg\"").contains("Суроғаи нодуруст").contains("«page»")
                .contains("abc");
    }

    @Test
    void aSearchFieldThatIsNoNumberIsAnErrorPageInEnglish() throws Exception {
        language("en");
        HttpResponse<String> response = page("/persons?birthYear=nineteen");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid address").contains("“birthYear”").contains("nineteen");
    }

    @Test
    void aMalformedRecordIdInThePathIsAnErrorPage() throws Exception {
        language("en");
        for (String path : new String[] { "/letters/not-a-uuid", "/persons/123", "/places/x/edit",
                "/communications/%22", "/commitments/zz", "/institutions/zz" }) {
            HttpResponse<String> response = page(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Invalid address").contains("not a record identifier");
        }
    }

    @Test
    void everyListPageAnswersABadDateWithTheErrorPage() throws Exception {
        language("en");
        for (String path : new String[] { "/communications?from=31.12.2024", "/letters?to=2024-13-01",
                "/letters/overdue?on=yesterday", "/letters?direction=SIDEWAYS", "/places?page=%22",
                "/institutions?page=1.5", "/commitments?page=many", "/letters/overdue?after=page-2",
                "/places?after=%22" }) {
            HttpResponse<String> response = page(path);
            assertThat(response.statusCode()).as(path).isEqualTo(400);
            assertThat(response.body()).as(path).contains("Invalid address");
        }
    }

    @Test
    void theApiAnswersProblemJsonNamingTheParameter() throws Exception {
        String token = TestUsers.as(clerk,
                () -> tokens.create(clerk, "bad parameters", Instant.now().plus(1, ChronoUnit.DAYS)).secret());
        for (String[] call : new String[][] { { "/api/v1/letters?from=notadate", "from" },
                { "/api/v1/persons?page=abc", "page" }, { "/api/v1/letters/not-a-uuid", "id" },
                { "/api/v1/communications?to=2024-02-30", "to" },
                { "/api/v1/communications?after=2024-02-01", "after" } }) {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(call[0]))
                    .header("Authorization", "Bearer " + token).header("Accept-Language", "ru").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(call[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(call[0]).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(call[0]).contains("\"field\":\"" + call[1] + "\"");
        }
    }

    @Test
    void theLanguageSwitchOnAnErrorPageReturnsToTheAddressThatFailed() throws Exception {
        HttpResponse<String> response = page("/letters?from=notadate");
        assertThat(response.body()).contains("name=\"returnTo\" value=\"/letters?from=notadate\"");
        response = page("/no-such-page?x=1");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("name=\"returnTo\" value=\"/no-such-page?x=1\"");
    }

    private void language(String language) throws Exception {
        String csrf = csrf(page("/").body());
        post("/language", "language=" + language + "&returnTo=/&_csrf=" + csrf);
    }

    private HttpResponse<String> page(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
