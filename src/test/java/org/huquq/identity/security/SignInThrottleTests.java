package org.huquq.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.huquq.identity.HuquqUser;
import org.huquq.identity.IdentityManagement;
import org.huquq.identity.Role;
import org.huquq.identity.UserChanges;
import org.huquq.identity.domain.UserAccountRepository;
import org.huquq.support.TestUsers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in under attack, through a real server behind a (simulated) TLS proxy: the profile {@code tls-proxy} trusts
 * the proxy on 127.0.0.1, so each request comes from the client address its {@code X-Forwarded-For} names. Every
 * test uses addresses of its own, as the throttle's counters live in the database that the whole suite shares on
 * PostgreSQL. Password checks are counted by wrapping the application's own password encoder.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "spring.profiles.include=tls-proxy", "HUQUQ_TRUSTED_PROXIES=127\\.0\\.0\\.1" })
@Import(SignInThrottleTests.CountPasswordChecks.class)
class SignInThrottleTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    IdentityManagement identity;

    @Test
    void fiftyConcurrentWrongGuessesFromOneAddressCheckAtMostFivePasswordsAndNoneFails() throws Exception {
        // all fifty are wrong: a right one among the first five would rightly start the counts again
        HuquqUser user = testUsers.user(testUsers.institution(), Role.CASE_OFFICER);
        String hash = accounts.findById(user.userId()).orElseThrow().getPasswordHash();
        String address = randomAddress();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            browsers.add(new Browser(address).open("/login"));
        }
        CountingPasswordEncoder checks = (CountingPasswordEncoder) passwordEncoder;
        checks.reset();

        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Browser browser = browsers.get(i);
            String password = "wrong guess " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return browser.signIn(user.username(), password);
            }));
        }
        start.countDown();
        List<String> landings = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).as("every answer is the sign-in redirect, none an error")
                    .isEqualTo(302);
            landings.add(landing(response));
        }
        pool.shutdown();

        assertThat(landings).containsOnly("/login?error");
        assertThat(checks.checksOf(hash)).as("guesses checked against the real password").isBetween(1L, 5L);
        // every answer, refused by the throttle or not, costs one password hash, so they take the same time
        assertThat(checks.total()).isEqualTo(50);
        assertThat(landing(new Browser(address).open("/login").signIn(user.username(), TestUsers.PASSWORD)))
                .as("the right password from the paused address").isEqualTo("/login?error");
    }

    @Test
    void failuresFromOneAddressPauseThatAddressButNotTheAccountForOthers() throws Exception {
        HuquqUser user = testUsers.user(testUsers.institution(), Role.MONITOR);
        String attacker = randomAddress();
        for (int i = 0; i < 60; i++) {
            assertThat(new Browser(attacker).open("/login").signIn(user.username(), "guess " + i).statusCode())
                    .isEqualTo(302);
        }
        assertThat(landing(new Browser(attacker).open("/login").signIn(user.username(), TestUsers.PASSWORD)))
                .isEqualTo("/login?error");
        // the user, elsewhere, is not locked out by one hostile address
        assertThat(landing(new Browser(randomAddress()).open("/login").signIn(user.username(), TestUsers.PASSWORD)))
                .isEqualTo("/");
    }

    @Test
    void twentyFailuresOverManyAccountsPauseOnlyTheAddressTheyCameFrom() throws Exception {
        var institution = testUsers.institution();
        HuquqUser user = testUsers.user(institution, Role.MONITOR);
        String sprayer = randomAddress();
        for (int i = 0; i < 20; i++) {
            HuquqUser other = testUsers.user(institution, Role.MONITOR);
            new Browser(sprayer).open("/login").signIn(other.username(), "Summer2024!");
        }
        assertThat(landing(new Browser(sprayer).open("/login").signIn(user.username(), TestUsers.PASSWORD)))
                .isEqualTo("/login?error");
        assertThat(landing(new Browser(randomAddress()).open("/login").signIn(user.username(), TestUsers.PASSWORD)))
                .isEqualTo("/");
    }

    @Test
    void everyRefusalCostsOnePasswordHashWhateverItsReason() throws Exception {
        var institution = testUsers.institution();
        HuquqUser admin = testUsers.user(institution, Role.ADMINISTRATOR);
        HuquqUser disabled = testUsers.user(institution, Role.MONITOR);
        TestUsers.as(admin, () -> identity.updateUser(institution, disabled.userId(), disabled.accountVersion(),
                new UserChanges(disabled.displayName(), null, "en", Set.of(Role.MONITOR), Set.of(), false)));
        HuquqUser paused = testUsers.user(institution, Role.MONITOR);
        String address = randomAddress();
        for (int i = 0; i < 5; i++) {
            new Browser(address).open("/login").signIn(paused.username(), "guess " + i);
        }
        CountingPasswordEncoder checks = (CountingPasswordEncoder) passwordEncoder;
        for (List<String> attempt : List.of(List.of(disabled.username(), TestUsers.PASSWORD),
                List.of(paused.username(), TestUsers.PASSWORD), List.of("nobody-" + paused.username(), "guess"))) {
            Browser browser = new Browser(address).open("/login");
            checks.reset();
            assertThat(landing(browser.signIn(attempt.get(0), attempt.get(1)))).isEqualTo("/login?error");
            assertThat(checks.total()).as("hashes computed to refuse " + attempt.get(0)).isEqualTo(1);
        }
    }

    @Test
    void behindTheTlsProxyTheSessionCookieIsSecureAndHostBoundAndHstsIsSent() throws Exception {
        HttpResponse<String> login = new Browser(randomAddress()).get("/login");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("__Host-huquq-session=").contains("; Secure").contains("; HttpOnly").contains("; Path=/")
                .doesNotContain("Domain="));
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
    }

    /** Where a sign-in answer sends the browser: path and query, whatever host the redirect names. */
    private static String landing(HttpResponse<String> response) {
        URI location = URI.create(response.headers().firstValue("Location").orElse(""));
        return location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery());
    }

    /** An address from the TEST-NET and benchmarking ranges, new for each use. */
    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.18." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** One browser at one client address behind the proxy: keeps its cookies, never follows redirects. */
    private final class Browser {

        private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private final String address;
        private String csrf;

        Browser(String address) {
            this.address = address;
        }

        Browser open(String path) throws IOException, InterruptedException {
            HttpResponse<String> page = get(path);
            csrf = Jsoup.parse(page.body()).select("input[name=_csrf]").attr("value");
            return this;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return send(request(path).GET());
        }

        HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
            return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("X-Forwarded-For", address).header("X-Forwarded-Proto", "https");
            if (!cookies.isEmpty()) {
                request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                        .map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            return request;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                String pair = cookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    /** Wraps the application's password encoder to count the hashes it computes, and against which stored hash. */
    @TestConfiguration
    static class CountPasswordChecks {

        @Bean
        static BeanPostProcessor countingPasswordEncoder() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof PasswordEncoder encoder && !(bean instanceof CountingPasswordEncoder)
                            ? new CountingPasswordEncoder(encoder) : bean;
                }
            };
        }
    }

    static final class CountingPasswordEncoder implements PasswordEncoder {

        private final PasswordEncoder encoder;
        private final ConcurrentLinkedQueue<String> checked = new ConcurrentLinkedQueue<>();

        CountingPasswordEncoder(PasswordEncoder encoder) {
            this.encoder = encoder;
        }

        @Override
        public String encode(CharSequence rawPassword) {
            return encoder.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            checked.add(encodedPassword);
            return encoder.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return encoder.upgradeEncoding(encodedPassword);
        }

        void reset() {
            checked.clear();
        }

        long checksOf(String hash) {
            return checked.stream().filter(hash::equals).count();
        }

        long total() {
            return checked.size();
        }
    }
}
