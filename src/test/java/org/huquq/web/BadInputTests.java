package org.huquq.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.huquq.support.TestUsers.as;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.huquq.correspondence.LetterManagement;
import org.huquq.correspondence.LetterMother;
import org.huquq.correspondence.LetterView;
import org.huquq.counterparts.CounterpartManagement;
import org.huquq.counterparts.CounterpartMother;
import org.huquq.identity.ApiTokens;
import org.huquq.identity.HuquqUser;
import org.huquq.identity.Role;
import org.huquq.people.PersonManagement;
import org.huquq.people.PersonMother;
import org.huquq.places.PlaceManagement;
import org.huquq.places.PlaceMother;
import org.huquq.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.jayway.jsonpath.JsonPath;

/**
 * Input that no person types but clients, proxies and attackers send, over real HTTP: each is refused with a clear
 * answer naming what was wrong, never a server error, and nothing of it is kept. The {@link ApiFuzzTests} walk every
 * operation with such input; these tests pin the answers down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

    static final String PLACE = """
            {"code":"%s","nameRu":"%s","type":"PENAL_COLONY",
             "authority":"MINISTRY_OF_JUSTICE","countryCode":"TJ","confidentiality":"INTERNAL"}""";

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    PlaceManagement places;

    @Autowired
    CounterpartManagement counterparts;

    @Autowired
    LetterManagement letters;

    @Autowired
    PersonManagement persons;

    HuquqUser clerk;
    String token;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void clerk() {
        clerk = users.userWithMail(users.institution(), Role.REGISTRY_CLERK, null, "ru");
        token = as(clerk, () -> tokens.create(clerk, "bad input", Instant.now().plus(1, ChronoUnit.DAYS)).secret());
    }

    @Test
    void aContentTypeThatIsARangeIs415NotAServerError() throws Exception {
        String id = as(clerk, () -> places.create(PlaceMother.colony().build())).id().toString();
        for (String type : List.of("application/*", "*/*")) {
            HttpResponse<String> created = api("POST", "/api/v1/places", type,
                    PLACE.formatted("ЯС " + type, "Колония").getBytes(StandardCharsets.UTF_8));
            assertThat(created.statusCode()).as(type).isEqualTo(415);
            assertProblem(created);
            assertThat(created.body()).contains("application/json");
            HttpResponse<String> changed = client.send(request("/api/v1/places/" + id).header("If-Match", "\"0\"")
                    .header("Content-Type", type).PUT(HttpRequest.BodyPublishers.ofString(
                            PLACE.formatted("ЯС 2", "Колония")))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(changed.statusCode()).as(type).isEqualTo(415);
        }
    }

    /** Tomcat refuses a file name with NUL as malformed, as it does an upload cut short. */
    @Test
    void aMalformedUploadIs400AndLeavesTheLetterAsItWas() throws Exception {
        LetterView letter = letter();
        String boundary = "b0undary";
        for (String body : List.of(new String(upload(boundary, "a\u0000b.txt"), StandardCharsets.UTF_8),"--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"a.txt\"\r\n\r\nabc", "--" + boundary + "\r\nContent-Disposition: form-data; "
                        + "name=\"file\"", "not multipart at all")) {
            HttpResponse<String> response = client.send(request("/api/v1/letters/" + letter.id() + "/attachments")
                    .header("If-Match", "\"" + letter.version() + "\"")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertProblem(response);
            // Tomcat reads some of these as a form without the file
            assertThat(response.body()).containsAnyOf("multipart/form-data", "\"field\":\"file\"");
        }
        HttpResponse<String> kept = client.send(request("/api/v1/letters/" + letter.id()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(JsonPath.<List<?>>read(kept.body(), "$.attachments")).isEmpty();
    }

    @Test
    void anUploadedFileKeepsItsNameWithoutPathOrControlCharactersAndDownloadsUnderIt() throws Exception {
        LetterView letter = letter();
        HttpResponse<String> uploaded = client.send(request("/api/v1/letters/" + letter.id() + "/attachments")
                .header("If-Match", "\"" + letter.version() + "\"")
                .header("Content-Type", "multipart/form-data; boundary=b0undary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(upload("b0undary",
                        "../../etc/Мактуби\u0007 расмӣ\u202e.txt"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
        assertThat(JsonPath.<String>read(uploaded.body(), "$.attachments[0].fileName")).isEqualTo("Мактуби расмӣ.txt");

        HttpResponse<byte[]> download = client.send(request("/api/v1/letters/" + letter.id() + "/attachments/0")
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment;").doesNotContain("/", "\\").matches("\\p{Print}+");
        Matcher utf8 = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(disposition);
        assertThat(utf8.find()).as(disposition).isTrue();
        assertThat(URLDecoder.decode(utf8.group(1), StandardCharsets.UTF_8)).isEqualTo("Мактуби расмӣ.txt");
    }

    @Test
    void controlCharactersInAJsonBodyAreAFieldErrorAndNothingIsSaved() throws Exception {
        String code = "NUL-" + System.nanoTime();
        HttpResponse<String> place = api("POST", "/api/v1/places", "application/json",
                PLACE.formatted(code, "Колония\\u0000 №3").getBytes(StandardCharsets.UTF_8));
        assertThat(place.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(place.body(), "$.errors[0].field")).isEqualTo("nameRu");
        assertThat(JsonPath.<String>read(place.body(), "$.errors[0].message"))
                .startsWith("В тексте есть невидимые или управляющие символы");
        assertThat(get("/api/v1/places?q=" + code).body()).doesNotContain(code);

        HttpResponse<String> person = api("POST", "/api/v1/persons", "application/json", """
                {"details":{"sex":"MALE","confidentiality":"INTERNAL"},
                 "names":[{"family":"Раҳимов\\u001b[2J","given":"Азиз"}]}""".getBytes(StandardCharsets.UTF_8));
        assertThat(person.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(person.body(), "$.errors[0].field")).isEqualTo("names[0].family");
    }

    @Test
    void controlCharactersInAQueryParameterAreRefusedNamingIt() throws Exception {
        HttpResponse<String> response = get("/api/v1/persons?name=%D0%A0%D0%B0%00");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).isEqualTo("name");
        assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message"))
                .startsWith("В тексте есть невидимые или управляющие символы");
        assertThat(get("/api/v1/search?q=%01%02").statusCode()).isEqualTo(400);
    }

    @Test
    void aParameterGivenTwiceIsNamedAndSaidToBeGivenMoreThanOnce() throws Exception {
        for (String query : List.of("/api/v1/letters?size=10&size=20", "/api/v1/places?q=a&q=b",
                "/api/v1/persons?page=abc&page=1")) {
            HttpResponse<String> response = get(query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertProblem(response);
            assertThat(response.body()).as(query).doesNotContain("[L");
            assertThat(JsonPath.<String>read(response.body(), "$.errors[0].field")).as(query)
                    .isEqualTo(query.replaceAll(".*[?&]([a-z]+)=[^&]*$", "$1"));
            assertThat(JsonPath.<String>read(response.body(), "$.errors[0].message")).as(query)
                    .isEqualTo("указан более одного раза");
        }
    }

    @Test
    void aQueryThatIsNotUtf8Is400AndOneLineInTheLog(CapturedOutput output) throws Exception {
        int before = output.getAll().length();
        for (String query : List.of("q=%FF", "q=%C3%28", "q=%ED%A0%80", "q=%F4%90%80%80")) {
            HttpResponse<String> response = get("/api/v1/places?" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertProblem(response);
        }
        String logged = output.getAll().substring(before);
        assertThat(logged.lines().filter(line -> line.contains("Refused GET /api/v1/places"))).hasSize(4);
        assertThat(logged).doesNotContain("\tat ", "Exception");
    }

    @Test
    void pagesShowAFieldErrorForControlCharactersAndKeepNothing() throws Exception {
        HttpClient browser = signIn();
        String code = "NUL-" + System.nanoTime();
        String csrf = csrf(page(browser, "/places/new").body());
        HttpResponse<String> form = browser.send(HttpRequest.newBuilder(uri("/places"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("nameRu=" + URLEncoder.encode("Колония\u0000",
                        StandardCharsets.UTF_8) + "&code=" + code + "&type=PENAL_COLONY&authority=MINISTRY_OF_JUSTICE"
                        + "&countryCode=TJ&confidentiality=INTERNAL&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("В тексте есть невидимые или управляющие символы").doesNotContain("\u0000");
        assertThat(get("/api/v1/places?q=" + code).body()).doesNotContain(code);

        HttpResponse<String> search = page(browser, "/persons?name=%D0%A0%00");
        assertThat(search.statusCode()).isEqualTo(400);
        assertThat(search.body()).contains("«name»").contains("В тексте есть невидимые или управляющие символы")
                .doesNotContain("\u0000");
    }

    @Test
    void aCsrfTokenChangedInTransitIsRefusedNotAServerError() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        byte[] masked = Base64.getUrlDecoder().decode(csrf(page(browser, "/login").body()));
        // the last byte is a masked byte of the token: with its high bit set it unmasks to no UTF-8 at all
        masked[masked.length - 1] ^= (byte) 0x80;
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + clerk.username() + "&password="
                        + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + Base64.getUrlEncoder().encodeToString(masked))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void detectionsOfDuplicatesAtTheSameMomentNeverFail() throws Exception {
        as(clerk, () -> persons.register(PersonMother.named("Раҳимов", "Азиз").build()));
        as(clerk, () -> persons.register(PersonMother.named("Рахимов", "Азиз").build()));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Callable<HttpResponse<String>> detect = () -> client.send(request(
                            "/api/v1/persons/duplicates/detect").POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    answers.add(pool.submit(detect));
                }
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    assertThat(response.statusCode()).as(response.body()).isIn(200, 409);
                    if (response.statusCode() == 409) {
                        assertProblem(response);
                        assertThat(response.body()).contains("в тот же момент");
                    }
                }
            }
        } finally {
            pool.shutdown();
        }
        assertThat(JsonPath.<List<?>>read(get("/api/v1/persons/duplicates").body(), "$.items")).hasSize(1);
    }

    // ---

    private LetterView letter() {
        return as(clerk, () -> letters.register(LetterMother.incoming(
                counterparts.create(CounterpartMother.ministry().build()).id()).register()));
    }

    private static byte[] upload(String boundary, String fileName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/plain\r\n\r\nМактуб\r\n--" + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpClient signIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String csrf = csrf(page(browser, "/login").body());
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + clerk.username() + "&password="
                        + URLEncoder.encode(TestUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/"));
        return browser;
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Accept-Language", "ru");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> api(String method, String path, String type, byte[] body) throws Exception {
        return client.send(request(path).header("Content-Type", type)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("java.", "org.", "Exception");
    }

    private static String csrf(String html) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }
}
